/**
 * A rule's versions and who may amend it. Version 1 is recorded when a rule is published
 * (cms/collections/Rules/hooks/recordFirstVersion.ts); each amendment adds the next number and makes
 * it the rule's current content. The (rule, number) unique index decides between two amendments of
 * the same version: one lands, the other is told which version is now current.
 */
import type { Payload, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import type { AmendRuleBody } from '../schema/api'
import { paths } from '../paths'
import type { Member } from './access'
import type { Rule, RuleVersion } from './payload-types'
import { isUuid } from './rules'
import { dbPool } from './pool'

/** A version as the public sees it (the history page, `GET /api/rules/:idOrSlug/versions`). */
export type PublicVersion = {
  number: number
  title: string
  summary?: string
  note?: string
  adoptedOn?: string
  adoptedBy?: string
  publishedAt: string
  url: string
}

/** Adds version `number` of `rule` with the rule's current title, summary and document. */
export async function recordVersion(
  payload: Payload,
  {
    rule,
    number,
    author,
    amendment,
    publishedAt = new Date().toISOString(),
  }: {
    rule: Pick<Rule, 'id' | 'title' | 'summary' | 'document'>
    number: number
    author: string
    amendment?: Pick<AmendRuleBody, 'note' | 'adoptedOn' | 'adoptedBy'>
    /** default: now */
    publishedAt?: string
  },
  req?: Partial<PayloadRequest>,
): Promise<RuleVersion> {
  return payload.create({
    collection: 'rule-versions',
    data: {
      rule: rule.id,
      number,
      title: rule.title,
      summary: rule.summary,
      document: rule.document,
      note: amendment?.note,
      adoptedOn: amendment?.adoptedOn,
      adoptedBy: amendment?.adoptedBy,
      publishedAt,
      author,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** The rule with this id or slug, hidden ones too (server reads; callers decide what the public sees). */
export async function findRuleRecord(payload: Payload, idOrSlug: string, req?: Partial<PayloadRequest>) {
  const { docs } = await payload.find({
    collection: 'rules',
    where: isUuid(idOrSlug) ? { id: { equals: idOrSlug } } : { slug: { equals: idOrSlug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Whether `member` is one of the rule's stewards (its author included). */
export async function isSteward(
  payload: Payload,
  ruleId: string,
  memberId: string,
  req?: Partial<PayloadRequest>,
): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'rule-stewards',
    where: { and: [{ rule: { equals: ruleId } }, { member: { equals: memberId } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export type AmendResult =
  | { ok: true; rule: { id: string; slug: string; url: string; version: number; versionUrl: string } }
  | { ok: false; reason: 'not-found' | 'not-steward' }
  | { ok: false; reason: 'version-conflict'; currentVersion: number }

/**
 * Publishes an amendment of the rule `idOrSlug` as `member`, if they are a steward and the rule is
 * still at `expectedVersion` (the version they amended). Run it in a transaction (`req`): the version
 * and the rule's new content land together or not at all. Throws VersionTaken when a concurrent
 * amendment of the same version committed first (the transaction is then unusable: roll it back).
 */
export async function amendRule(
  payload: Payload,
  member: Member,
  idOrSlug: string,
  expectedVersion: number,
  body: AmendRuleBody,
  req: Partial<PayloadRequest>,
): Promise<AmendResult> {
  const rule = await findRuleRecord(payload, idOrSlug, req)
  if (!rule || rule.hidden) return { ok: false, reason: 'not-found' }
  if (!(await isSteward(payload, rule.id, member.id, req))) return { ok: false, reason: 'not-steward' }
  const current = Number(rule.currentVersion ?? 1)
  if (current !== expectedVersion) return { ok: false, reason: 'version-conflict', currentVersion: current }
  const next = current + 1
  const amended = { id: rule.id, title: body.title, summary: body.summary, document: body.document }
  try {
    await recordVersion(payload, { rule: amended, number: next, author: member.id, amendment: body }, req)
  } catch (err) {
    // Payload reports the (rule, number) unique index as a validation error.
    if (err instanceof ValidationError) throw new VersionTaken()
    throw err
  }
  await payload.update({
    collection: 'rules',
    id: rule.id,
    data: { title: body.title, summary: body.summary ?? null, document: body.document, currentVersion: next },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    ok: true,
    rule: {
      id: rule.id,
      slug: rule.slug,
      url: paths.rule(rule.slug),
      version: next,
      versionUrl: paths.ruleVersion(rule.slug, next),
    },
  }
}

/** A concurrent amendment of the same version committed first. */
export class VersionTaken extends Error {
  constructor() {
    super('another amendment of this version was published first')
  }
}

/** The current version number of a visible rule, or null. */
export async function currentVersionOf(payload: Payload, idOrSlug: string): Promise<number | null> {
  const rule = await findRuleRecord(payload, idOrSlug)
  return rule && !rule.hidden ? Number(rule.currentVersion ?? 1) : null
}

type VersionFields = Pick<
  RuleVersion,
  'number' | 'title' | 'summary' | 'note' | 'adoptedOn' | 'adoptedBy' | 'publishedAt'
>

const toPublicVersion = (slug: string, doc: VersionFields): PublicVersion => ({
  number: Number(doc.number),
  title: doc.title,
  summary: doc.summary ?? undefined,
  note: doc.note ?? undefined,
  adoptedOn: doc.adoptedOn ? doc.adoptedOn.slice(0, 10) : undefined,
  adoptedBy: doc.adoptedBy ?? undefined,
  publishedAt: new Date(doc.publishedAt).toISOString(),
  url: paths.ruleVersion(slug, Number(doc.number)),
})

/** Every version of a visible rule, newest first (null when the rule is unknown or hidden). */
export async function listVersions(payload: Payload, idOrSlug: string): Promise<PublicVersion[] | null> {
  const rule = await findRuleRecord(payload, idOrSlug)
  if (!rule || rule.hidden) return null
  const { docs } = await payload.find({
    collection: 'rule-versions',
    where: { rule: { equals: rule.id } },
    sort: '-number',
    pagination: false,
    depth: 0,
    select: {
      number: true,
      title: true,
      summary: true,
      note: true,
      adoptedOn: true,
      adoptedBy: true,
      publishedAt: true,
    },
    overrideAccess: true,
  })
  return docs.map((doc) => toPublicVersion(rule.slug, doc))
}

/** One version of a visible rule with its document (null when the rule or the version is unknown). */
export async function findVersion(
  payload: Payload,
  idOrSlug: string,
  number: number,
): Promise<(PublicVersion & { document: RuleVersion['document']; rule: { id: string; slug: string } }) | null> {
  const rule = await findRuleRecord(payload, idOrSlug)
  if (!rule || rule.hidden) return null
  const { docs } = await payload.find({
    collection: 'rule-versions',
    where: { and: [{ rule: { equals: rule.id } }, { number: { equals: number } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
    ? { ...toPublicVersion(rule.slug, docs[0]), document: docs[0].document, rule: { id: rule.id, slug: rule.slug } }
    : null
}

// ---- reads for the site build (SQL, like core/data/rules.ts's: one statement for many rules) ----

/** A version of a visible rule as stored; `document` only for versions before the current one. */
export type VersionRow = {
  ruleId: string
  number: number
  title: string
  summary: string | null
  note: string | null
  adoptedOn: Date | null
  adoptedBy: string | null
  publishedAt: Date
  /** null for the current version: its text is the rule's own (already loaded with it) */
  document: unknown
}

/** The versions of the given visible rules (all of them when `ruleIds` is undefined), by rule and number. */
export async function visibleVersionRows(payload: Payload, ruleIds?: string[]): Promise<VersionRow[]> {
  if (ruleIds && !ruleIds.length) return []
  const { rows } = await dbPool(payload).query<VersionRow>(
    `select v.rule_id as "ruleId", v.number::int as number, v.title, v.summary, v.note, v.adopted_on as "adoptedOn",
       v.adopted_by as "adoptedBy", v.published_at as "publishedAt",
       case when v.number < r.current_version then v.document end as document
     from rule_versions v join rules r on r.id = v.rule_id
     where r.hidden is not true ${ruleIds ? 'and r.id = any($1::uuid[])' : ''}
     order by v.rule_id, v.number`,
    ruleIds ? [ruleIds] : [],
  )
  return rows
}

/** A line of the feed: a rule published (version 1) or amended (a later version). */
export type FeedRow = {
  ruleId: string
  slug: string
  title: string
  summary: string | null
  number: number
  note: string | null
  publishedAt: Date
}

/**
 * The latest publications and amendments of visible rules that have a page (built, or being built
 * by this pass: `building`; 'all' in a full build, which writes every page), newest first. A rule
 * with no version rows (written by SQL, not by the BFF) counts as published once, at its own time.
 */
export async function recentVersionRows(
  payload: Payload,
  building: string[] | 'all',
  limit: number,
): Promise<FeedRow[]> {
  const hasPage = building === 'all' ? '' : 'and (r.built_at is not null or r.id = any($2::uuid[]))'
  const { rows } = await dbPool(payload).query<FeedRow>(
    `(select r.id as "ruleId", r.slug, v.title, v.summary, v.number::int as number, v.note, v.published_at as "publishedAt"
      from rule_versions v join rules r on r.id = v.rule_id
      where r.hidden is not true ${hasPage}
      order by v.published_at desc limit $1)
     union all
     (select r.id, r.slug, r.title, r.summary, coalesce(r.current_version, 1)::int, null, r.published_at
      from rules r
      where r.hidden is not true ${hasPage} and not exists (select 1 from rule_versions v where v.rule_id = r.id)
      order by r.published_at desc limit $1)
     order by "publishedAt" desc, "ruleId", number limit $1`,
    building === 'all' ? [limit] : [limit, building],
  )
  return rows
}

// ---- for editors (the admin's view of a rule) ----

/** A rule's versions and stewards as editors see them in the admin (with stewards' emails). */
export async function ruleLifeForEditors(payload: Payload, ruleId: string) {
  const [versions, stewards] = await Promise.all([
    payload.find({
      collection: 'rule-versions',
      where: { rule: { equals: ruleId } },
      sort: '-number',
      pagination: false,
      depth: 0,
      select: { number: true, note: true, publishedAt: true, adoptedOn: true, adoptedBy: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'rule-stewards',
      where: { rule: { equals: ruleId } },
      sort: 'acceptedAt',
      pagination: false,
      depth: 1,
      overrideAccess: true,
    }),
  ])
  return {
    versions: versions.docs.map((doc) => ({
      id: String(doc.id),
      number: Number(doc.number),
      note: doc.note ?? undefined,
      publishedAt: new Date(doc.publishedAt).toISOString(),
      adoptedOn: doc.adoptedOn ? doc.adoptedOn.slice(0, 10) : undefined,
      adoptedBy: doc.adoptedBy ?? undefined,
    })),
    stewards: stewards.docs.map((doc) => {
      const member = typeof doc.member === 'object' ? doc.member : null
      return {
        role: doc.role,
        acceptedAt: new Date(doc.acceptedAt).toISOString(),
        email: member?.email,
        displayName: member?.displayName ?? undefined,
      }
    }),
  }
}
