/**
 * A member's own account: their display name, and everything we hold about them as one download.
 */
import type { Payload, Where } from 'payload'
import type { Member } from './access'
import { listMemberRules } from './rules'
import { listSessions } from './sessions'
import { touchRulesStartedFrom } from './stewardship'
import { dbPool } from './pool'
import { emailChangePurpose } from './sign-in-codes'
import { inTransaction } from './transaction'

/**
 * Sets (or, with an empty string, clears) the name pages show for the member as a steward, and marks
 * the rules they steward for rebuilding. Not one transaction: a member renaming themselves from
 * several tabs at once must not hold row locks on their rules while waiting for each other (the last
 * name wins; each statement is short).
 */
export async function setDisplayName(payload: Payload, member: Member, displayName: string): Promise<string | null> {
  const value = displayName.trim() || null
  await payload.update({ collection: 'members', id: member.id, data: { displayName: value }, overrideAccess: true })
  // Their rules' pages name their stewards: the next build rewrites them (pending: updated after built).
  const { rowCount } = await dbPool(payload).query(
    'update rules set updated_at = now() where id in (select rule_id from rule_stewards where member_id = $1)',
    [member.id],
  )
  if (rowCount) await payload.jobs.queue({ task: 'buildSite', queue: 'site', input: { reason: 'display name' } })
  return value
}

/**
 * Makes `email` the member's sign-in address, once a code sent to it was accepted. Their sessions,
 * rules and drafts are keyed by member id, so all of them carry over. 'taken' when another member
 * signs in with that address (checked in the same statement; the unique index settles a race).
 */
export async function changeEmail(payload: Payload, member: Member, email: string): Promise<'changed' | 'taken'> {
  try {
    const { rowCount } = await dbPool(payload).query(
      `update members set email = $1, updated_at = now()
        where id = $2 and not exists (select 1 from members where email = $1 and id <> $2)`,
      [email, member.id],
    )
    return rowCount ? 'changed' : 'taken'
  } catch (err) {
    if ((err as { code?: string }).code === '23505') return 'taken'
    throw err
  }
}

/**
 * Everything the member's account holds: profile, the rules they steward with every version, their
 * draft and their sessions (never token or address hashes).
 */
export async function exportAccount(payload: Payload, member: Member, currentSessionId?: string) {
  const [profile, rules, drafts, sessions] = await Promise.all([
    payload.findByID({ collection: 'members', id: member.id, depth: 0, overrideAccess: true }),
    listMemberRules(payload, member),
    payload.find({
      collection: 'drafts',
      where: { member: { equals: member.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    listSessions(payload, member, currentSessionId),
  ])
  const versions = rules.length
    ? (
        await payload.find({
          collection: 'rule-versions',
          where: { rule: { in: rules.map((rule) => rule.id) } },
          sort: 'number',
          pagination: false,
          depth: 0,
          select: {
            rule: true,
            number: true,
            title: true,
            summary: true,
            document: true,
            note: true,
            adoptedOn: true,
            adoptedBy: true,
            publishedAt: true,
          },
          overrideAccess: true,
        })
      ).docs
    : []
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      email: profile.email,
      displayName: profile.displayName ?? null,
      createdAt: profile.createdAt,
      lastLoginAt: profile.lastLoginAt ?? null,
    },
    rules: rules.map((rule) => ({
      ...rule,
      versions: versions
        .filter((version) => (typeof version.rule === 'object' ? version.rule.id : version.rule) === rule.id)
        .map(({ rule: _rule, ...version }) => version),
    })),
    drafts: drafts.docs.map((draft) => ({
      name: draft.name ?? null,
      state: draft.state,
      version: draft.version,
      updatedAt: draft.updatedAt,
    })),
    sessions,
  }
}

// ---- deleting the account ----

/** The visible rules the member alone stewards: deleting the account asks what becomes of each. */
export async function rulesOnlyIStewards(payload: Payload, member: Member) {
  const rules = await listMemberRules(payload, member)
  if (!rules.length) return []
  const { docs } = await payload.find({
    collection: 'rule-stewards',
    where: { rule: { in: rules.map((rule) => rule.id) } },
    pagination: false,
    depth: 0,
    select: { rule: true },
    overrideAccess: true,
  })
  const stewards = new Map<string, number>()
  for (const row of docs) {
    const id = typeof row.rule === 'object' ? row.rule.id : row.rule
    stewards.set(id, (stewards.get(id) ?? 0) + 1)
  }
  return rules
    .filter((rule) => stewards.get(rule.id) === 1)
    .map(({ id, slug, title, url }) => ({ id, slug, title, url }))
}

/** For each rule the member alone stewards: withdraw it, or keep it published without an owner. */
export type RuleChoices = Record<string, 'withdraw' | 'keep'>

/**
 * Deletes the member's account in one transaction, after applying their choice for each rule they
 * alone steward (`missing` lists those without one, and nothing is deleted). Kept: the rules they
 * published (unless withdrawn now) and every version, with no author; gone: the member record, their
 * sessions, draft, sign-in codes, stewardships, invitations to or from them, and idempotency keys.
 */
export async function deleteAccount(
  payload: Payload,
  member: Member,
  choices: RuleChoices,
): Promise<{ ok: true } | { ok: false; missing: Array<{ id: string; title: string }> }> {
  const sole = await rulesOnlyIStewards(payload, member)
  const missing = sole.filter((rule) => !choices[rule.id]).map(({ id, title }) => ({ id, title }))
  if (missing.length) return { ok: false, missing }
  await inTransaction(payload, async (req) => {
    const now = new Date().toISOString()
    for (const rule of sole) {
      if (choices[rule.id] !== 'withdraw') continue
      await payload.update({
        collection: 'rules',
        id: rule.id,
        data: { hidden: true, withdrawnAt: now, withdrawnReason: 'Its only steward closed their account.' },
        overrideAccess: true,
        req,
      })
      await touchRulesStartedFrom(payload, rule.id, req)
    }
    const mine = { member: { equals: member.id } }
    const gone = async (collection: 'sessions' | 'drafts' | 'idempotency-keys' | 'rule-stewards', where: Where) =>
      payload.delete({ collection, where, overrideAccess: true, req })
    await gone('sessions', mine)
    await gone('drafts', mine)
    await gone('idempotency-keys', mine)
    await gone('rule-stewards', mine)
    await payload.delete({
      collection: 'steward-invitations',
      where: { or: [{ email: { equals: member.email.toLowerCase() } }, { invitedBy: { equals: member.id } }] },
      overrideAccess: true,
      req,
    })
    await payload.delete({
      collection: 'otp-challenges',
      where: {
        or: [{ email: { equals: member.email.toLowerCase() } }, { purpose: { equals: emailChangePurpose(member.id) } }],
      },
      overrideAccess: true,
      req,
    })
    // Rules and versions stay, anonymised (their foreign keys would do it too; said here on purpose).
    await payload.update({
      collection: 'rules',
      where: { owner: { equals: member.id } },
      data: { owner: null },
      overrideAccess: true,
      req,
    })
    await payload.update({
      collection: 'rule-versions',
      where: { author: { equals: member.id } },
      data: { author: null },
      overrideAccess: true,
      req,
    })
    await payload.delete({ collection: 'members', id: member.id, overrideAccess: true, req })
  })
  return { ok: true }
}
