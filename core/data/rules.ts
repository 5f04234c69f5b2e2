/**
 * Published rules: what the public may see of them (never hidden ones), and the one mapping from a
 * stored rule to its public shape, used by the BFF (/api/rules) and the site build alike.
 */
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import type { PublishRuleBody } from '../schema/api'
import { slugBase } from '../schema/slug'
import { paths } from '../paths'
import { asAnonymous, asMember, type Member } from './access'
import { dbPool } from './pool'
import { touchRule } from './stewardship'
import type { Rule } from './payload-types'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isUuid = (value: string): boolean => UUID.test(value)

/** "Our Garden Co-op!" → "our-garden-co-op-k3x9qa": readable, and unique thanks to the short id. */
export function slugFor(title: string): string {
  const base = slugBase(title)
  const shortId = randomBytes(5).readUIntBE(0, 5).toString(36).padStart(6, '0').slice(-6)
  return `${base || 'rule'}-${shortId}`
}

// ---- the public shape ----

/** Payload returns timestamps as ISO strings, node-postgres (the site's reads) as Dates. */
type Timestamp = string | Date

/** The fields of a stored rule that its summary shows. */
export type RuleSummaryFields = Pick<Rule, 'id' | 'slug' | 'title' | 'summary'> & {
  publishedAt: Timestamp
  updatedAt: Timestamp
}
/** The fields of a stored rule that its public shape shows. */
export type RuleFields = RuleSummaryFields & Pick<Rule, 'document' | 'sourceTemplate' | 'forkedFrom' | 'currentVersion'>

/** A visible rule without its document: listings (API and site), sitemap, feed. */
export type RuleSummary = {
  id: string
  slug: string
  title: string
  summary?: string
  publishedAt: string
  updatedAt: string
}

/** A visible rule with its document, as its page and `GET /api/rules/:idOrSlug` show it. */
export type PublicRule = RuleSummary & {
  /** The number of the version shown (amendments raise it): `If-Match` when amending. */
  version: number
  document: Rule['document']
  sourceTemplate?: string
  forkedFrom?: string
}

/** ISO string of a date; throws (RangeError) for a value that is not one. */
const iso = (value: Timestamp) => new Date(value).toISOString()

export function toRuleSummary(doc: RuleSummaryFields): RuleSummary {
  return {
    id: String(doc.id),
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary ?? undefined,
    publishedAt: iso(doc.publishedAt),
    updatedAt: iso(doc.updatedAt),
  }
}

export function toPublicRule(doc: RuleFields): PublicRule {
  return {
    ...toRuleSummary(doc),
    version: Number(doc.currentVersion ?? 1),
    document: doc.document,
    sourceTemplate: doc.sourceTemplate ?? undefined,
    forkedFrom: doc.forkedFrom ?? undefined,
  }
}

/**
 * Where a rule's page is, and whether it is live: built since the rule last changed (`builtAt` is the
 * time of the build that wrote it, so an amendment is live once its version's pages are written).
 */
const pageOf = (doc: Pick<Rule, 'slug' | 'builtAt' | 'updatedAt'>) => ({
  url: paths.rule(doc.slug),
  live: Boolean(doc.builtAt) && new Date(doc.builtAt!).getTime() >= new Date(doc.updatedAt).getTime(),
})

/** A public rule with its page, as the API shows it. */
export type RuleWithPage = PublicRule & { url: string; live: boolean }

const withPage = (doc: Rule): RuleWithPage => ({ ...toPublicRule(doc), ...pageOf(doc) })

// ---- reads and writes through the Local API (the BFF) ----

/** Publishes a rule as `member` (who is always its owner); its page is not live until the site build. */
export async function createRule(
  payload: Payload,
  member: Member,
  body: PublishRuleBody,
  req?: Partial<PayloadRequest>,
): Promise<{ id: string; slug: string; url: string; live: boolean }> {
  const rule = await payload.create({
    collection: 'rules',
    data: {
      title: body.title,
      summary: body.summary,
      document: body.document,
      sourceTemplate: body.sourceTemplate,
      forkedFrom: body.forkedFrom,
      slug: slugFor(body.title),
      owner: member.id,
      publishedAt: new Date().toISOString(),
    },
    depth: 0,
    ...asMember(member),
    req,
  })
  // The rule it was started from counts the rules started from it on its page.
  if (body.forkedFrom) await touchRule(payload, body.forkedFrom, req)
  return { id: String(rule.id), slug: rule.slug, ...pageOf(rule) }
}

/** The visible rule with this id (a UUID) or slug, or null. */
export async function findVisibleRule(payload: Payload, idOrSlug: string): Promise<RuleWithPage | null> {
  const { docs } = await payload.find({
    collection: 'rules',
    where: isUuid(idOrSlug) ? { id: { equals: idOrSlug } } : { slug: { equals: idOrSlug } },
    limit: 1,
    depth: 0,
    ...asAnonymous, // hidden rules are invisible here, so they 404 like unknown ones
  })
  return docs[0] ? withPage(docs[0]) : null
}

// ---- keyset pagination: newest first, (publishedAt, id) as a stable, index-backed order ----

/** Where a page of the public list starts: after the rule with this publishedAt (ISO) and id. */
export type RuleKey = { publishedAt: string; id: string }

/** One page of visible rules after `after` (from the newest), and the key of the next page or null. */
export async function listVisibleRules(
  payload: Payload,
  { after, limit }: { after?: RuleKey; limit: number },
): Promise<{ items: Array<RuleSummary & { url: string }>; next: RuleKey | null }> {
  const { docs } = await payload.find({
    collection: 'rules',
    where: after
      ? {
          or: [
            { publishedAt: { less_than: after.publishedAt } },
            { and: [{ publishedAt: { equals: after.publishedAt } }, { id: { less_than: after.id } }] },
          ],
        }
      : {},
    sort: ['-publishedAt', '-id'],
    limit: limit + 1,
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, summary: true, publishedAt: true, updatedAt: true },
    ...asAnonymous,
  })
  const items = docs.slice(0, limit).map((doc) => ({ ...toRuleSummary(doc), url: paths.rule(doc.slug) }))
  const last = items.at(-1)
  return {
    items,
    next: docs.length > limit && last ? { publishedAt: last.publishedAt, id: last.id } : null,
  }
}

/** The visible rules the member is a steward of (their own and those they were invited to), newest first. */
export async function listMemberRules(payload: Payload, member: Member): Promise<RuleWithPage[]> {
  const { docs: stewardships } = await payload.find({
    collection: 'rule-stewards',
    where: { member: { equals: member.id } },
    limit: 500,
    depth: 0,
    select: { rule: true },
    overrideAccess: true, // server-only collection, filtered to this member
  })
  const ids = stewardships.map((row) => (typeof row.rule === 'object' ? row.rule.id : row.rule))
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'rules',
    where: { id: { in: ids } },
    sort: '-publishedAt',
    limit: 500,
    depth: 0,
    ...asMember(member), // visible ones only
  })
  return docs.map(withPage)
}

// ---- reads for the site build (SQL) ----

/*
 * Rules are read with one SQL statement on Payload's own pool rather than `payload.find`: the Local
 * API spends ~0.3 ms per rule building documents (0.6 s for 2,000 in the bench), which alone would
 * eat a third of the 2,000 pages/s budget. The public filter is explicit: never hidden.
 */
const summaryColumns = 'id, slug, title, summary, published_at as "publishedAt", updated_at as "updatedAt"'

/**
 * Every visible rule that has a page, without its document, newest first: built ones (`builtAt` set)
 * and `building` (the ones this pass writes). A rule that could not be built keeps builtAt null
 * (see markBuilt in ./site-build.ts), so it is not listed. Rows as stored: the site checks each slug.
 */
export async function visibleRuleIndexRows(payload: Payload, building: string[]): Promise<RuleSummaryFields[]> {
  const { rows } = await dbPool(payload).query<RuleSummaryFields>(
    `select ${summaryColumns} from rules where hidden is not true and (built_at is not null or id = any($1::uuid[])) order by published_at desc, id`,
    [building],
  )
  return rows
}

/** Visible rules with their documents (all of them, or the given ids), newest first, as stored. */
export async function visibleRuleRows(payload: Payload, ids?: string[]): Promise<RuleFields[]> {
  if (ids && !ids.length) return []
  const columns = `${summaryColumns}, document, source_template as "sourceTemplate", forked_from as "forkedFrom", current_version::int as "currentVersion"`
  const { rows } = ids
    ? await dbPool(payload).query<RuleFields>(
        `select ${columns} from rules where hidden is not true and id = any($1::uuid[]) order by published_at desc, id`,
        [ids],
      )
    : await dbPool(payload).query<RuleFields>(
        `select ${columns} from rules where hidden is not true order by published_at desc, id`,
      )
  return rows
}

/**
 * A hidden rule as its tombstone shows it: the editors' reason, or, for a rule its stewards withdrew,
 * when, at which version and their reason; never its title or text.
 */
export type HiddenRuleRow = {
  id: string
  slug: string
  hiddenReason: string | null
  withdrawnAt: Timestamp | null
  withdrawnReason: string | null
  currentVersion: number
  updatedAt: Timestamp
}

/** Every hidden rule (their pages answer 410 Gone with the reason), as stored: the site checks each slug. */
export async function hiddenRuleRows(payload: Payload): Promise<HiddenRuleRow[]> {
  const { rows } = await dbPool(payload).query<HiddenRuleRow>(
    `select id, slug, hidden_reason as "hiddenReason", withdrawn_at as "withdrawnAt",
       withdrawn_reason as "withdrawnReason", coalesce(current_version, 1)::int as "currentVersion",
       updated_at as "updatedAt"
     from rules where hidden order by slug`,
  )
  return rows
}

/** The rule a rule was started from, as its page names it (or says it is gone). */
export type SourceRow = { id: string; slug: string; title: string; visible: boolean; withdrawn: boolean }

/** The rules these ids name (rules started from them link back), visible or not. */
export async function sourceRuleRows(payload: Payload, ids: string[]): Promise<SourceRow[]> {
  const uuids = ids.filter(isUuid)
  if (!uuids.length) return []
  const { rows } = await dbPool(payload).query<SourceRow>(
    `select id, slug, title, hidden is not true as visible, withdrawn_at is not null as withdrawn
     from rules where id = any($1::uuid[])`,
    [uuids],
  )
  return rows
}

/**
 * The display names of the stewards of these rules (all rules when `ids` is undefined), by rule id,
 * in the order they became stewards; stewards without a display name are left out (never an email).
 */
export async function stewardNames(payload: Payload, ids?: string[]): Promise<Map<string, string[]>> {
  if (ids && !ids.length) return new Map()
  const { rows } = await dbPool(payload).query<{ rule: string; name: string }>(
    `select s.rule_id as rule, trim(m.display_name) as name
     from rule_stewards s join members m on m.id = s.member_id
     where coalesce(trim(m.display_name), '') <> '' ${ids ? 'and s.rule_id = any($1::uuid[])' : ''}
     order by s.accepted_at, s.id`,
    ids ? [ids] : [],
  )
  const names = new Map<string, string[]>()
  for (const row of rows) names.set(String(row.rule), [...(names.get(String(row.rule)) ?? []), row.name])
  return names
}

/**
 * How many visible rules were started from each of these rules (all rules when `ids` is undefined);
 * rules none was started from are left out.
 */
export async function startedFromCounts(payload: Payload, ids?: string[]): Promise<Map<string, number>> {
  if (ids && !ids.length) return new Map()
  const { rows } = await dbPool(payload).query<{ source: string; n: number }>(
    `select forked_from as source, count(*)::int as n from rules
     where hidden is not true and forked_from is not null ${ids ? 'and forked_from = any($1::text[])' : ''}
     group by forked_from`,
    ids ? [ids] : [],
  )
  return new Map(rows.map((row) => [row.source, row.n]))
}
