/**
 * What a rule's stewards do to the rule as a whole: withdraw it. A withdrawn rule is hidden like one
 * an editor hid (every public read already leaves hidden rules out, and its page answers 410), with
 * `withdrawnAt` saying its stewards did it; an editor can restore it in the admin.
 */
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { paths } from '../paths'
import type { Member } from './access'
import { findRuleRecord, isSteward } from './rule-versions'
import { isUuid } from './rules'
import { inTransaction } from './transaction'
import { hmac } from './session-token'

export type WithdrawResult =
  | { ok: true; rule: { id: string; slug: string; url: string; withdrawnAt: string; version: number } }
  | { ok: false; reason: 'not-found' | 'not-steward' }

/**
 * Withdraws the rule `idOrSlug` as `member` (a steward), with their optional reason, and marks the
 * rules started from it for rebuilding (their pages say their source was withdrawn); one transaction.
 */
export function withdrawRule(
  payload: Payload,
  member: Member,
  idOrSlug: string,
  reason: string | undefined,
): Promise<WithdrawResult> {
  return inTransaction(payload, (req) => withdraw(payload, member, idOrSlug, reason, req))
}

async function withdraw(
  payload: Payload,
  member: Member,
  idOrSlug: string,
  reason: string | undefined,
  req: Partial<PayloadRequest>,
): Promise<WithdrawResult> {
  const rule = await findRuleRecord(payload, idOrSlug, req)
  if (!rule || rule.hidden) return { ok: false, reason: 'not-found' }
  if (!(await isSteward(payload, rule.id, member.id, req))) return { ok: false, reason: 'not-steward' }
  const withdrawnAt = new Date().toISOString()
  await payload.update({
    collection: 'rules',
    id: rule.id,
    data: { hidden: true, withdrawnAt, withdrawnReason: reason ?? null },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await touchRulesStartedFrom(payload, rule.id, req)
  return {
    ok: true,
    rule: {
      id: rule.id,
      slug: rule.slug,
      url: paths.rule(rule.slug),
      withdrawnAt,
      version: Number(rule.currentVersion ?? 1),
    },
  }
}

/**
 * Marks for rebuilding the pages that show something of rule `id`: the rules started from it (their
 * source's title or that it was withdrawn). An update with no data changes only `updatedAt`, which
 * makes a rule pending for the site build.
 */
export async function touchRulesStartedFrom(payload: Payload, id: string, req?: Partial<PayloadRequest>) {
  await payload.update({
    collection: 'rules',
    where: { forkedFrom: { equals: id } },
    data: {},
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** Marks rule `id` for rebuilding (a rule was started from it: its page counts them), if there is one. */
export async function touchRule(payload: Payload, id: string, req?: Partial<PayloadRequest>) {
  if (!isUuid(id)) return // `forkedFrom` is what the client sent: maybe no rule at all
  await payload.update({
    collection: 'rules',
    where: { id: { equals: id } },
    data: {},
    depth: 0,
    overrideAccess: true,
    req,
  })
}

// ---- stewards: invitations by email, acceptance, removal ----

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000
const hashInvitation = (token: string) => hmac(token, 'steward-invitation')

/** The rule, if `member` may act on it as a steward (null: unknown or hidden; false: not a steward). */
async function stewardedRule(payload: Payload, member: Member, idOrSlug: string, req?: Partial<PayloadRequest>) {
  const rule = await findRuleRecord(payload, idOrSlug, req)
  if (!rule || rule.hidden) return null
  return (await isSteward(payload, rule.id, member.id, req)) ? rule : false
}

export type StewardView = { id: string; name: string; role: 'author' | 'steward'; you: boolean }
export type InvitationView = { id: string; email: string; expiresAt: string }

/** A rule's stewards (by display name; never emails) and pending invitations, for one of its stewards. */
export async function listStewards(
  payload: Payload,
  member: Member,
  idOrSlug: string,
): Promise<{ stewards: StewardView[]; invitations: InvitationView[] } | 'not-found' | 'not-steward'> {
  const rule = await stewardedRule(payload, member, idOrSlug)
  if (rule === null) return 'not-found'
  if (rule === false) return 'not-steward'
  const [stewards, invitations] = await Promise.all([
    payload.find({
      collection: 'rule-stewards',
      where: { rule: { equals: rule.id } },
      sort: 'acceptedAt',
      pagination: false,
      depth: 1,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'steward-invitations',
      where: {
        and: [
          { rule: { equals: rule.id } },
          { acceptedAt: { exists: false } },
          { expiresAt: { greater_than: new Date().toISOString() } },
        ],
      },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  return {
    stewards: stewards.docs.map((doc) => {
      const who = typeof doc.member === 'object' ? doc.member : null
      return {
        id: String(doc.id),
        name: who?.displayName || 'A steward without a display name',
        role: doc.role,
        you: who?.id === member.id,
      }
    }),
    invitations: invitations.docs.map((doc) => ({
      id: String(doc.id),
      email: doc.email,
      expiresAt: new Date(doc.expiresAt).toISOString(),
    })),
  }
}

export type InviteResult =
  | { ok: true; token: string; invitation: InvitationView; rule: { title: string } }
  | { ok: false; reason: 'not-found' | 'not-steward' | 'already-steward' }

/**
 * Invites `email` to steward the rule with `member`: a one-time token (only its HMAC is stored)
 * valid for a week. The caller emails the link.
 */
export async function inviteSteward(
  payload: Payload,
  member: Member,
  idOrSlug: string,
  email: string,
): Promise<InviteResult> {
  const rule = await stewardedRule(payload, member, idOrSlug)
  if (rule === null) return { ok: false, reason: 'not-found' }
  if (rule === false) return { ok: false, reason: 'not-steward' }
  const { totalDocs } = await payload.count({
    collection: 'rule-stewards',
    where: { and: [{ rule: { equals: rule.id } }, { 'member.email': { equals: email } }] },
    overrideAccess: true,
  })
  if (totalDocs) return { ok: false, reason: 'already-steward' }
  const token = randomBytes(32).toString('base64url')
  const invitation = await payload.create({
    collection: 'steward-invitations',
    data: {
      rule: rule.id,
      email,
      tokenHash: hashInvitation(token),
      invitedBy: member.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS).toISOString(),
    },
    overrideAccess: true,
  })
  return {
    ok: true,
    token,
    invitation: { id: String(invitation.id), email, expiresAt: invitation.expiresAt },
    rule: { title: rule.title },
  }
}

export type AcceptResult =
  | { ok: true; rule: { id: string; slug: string; title: string; url: string } }
  | { ok: false; reason: 'invalid' | 'other-email' }

/**
 * Makes `member` a steward of the invitation's rule, if the token is a live invitation for their
 * email (signing in proves the email). One transaction: the invitation is used once.
 */
export function acceptInvitation(payload: Payload, member: Member, token: string): Promise<AcceptResult> {
  return inTransaction(payload, async (req) => {
    const { docs } = await payload.find({
      collection: 'steward-invitations',
      where: { tokenHash: { equals: hashInvitation(token) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const invitation = docs[0]
    if (!invitation || invitation.acceptedAt || new Date(invitation.expiresAt).getTime() < Date.now())
      return { ok: false, reason: 'invalid' }
    if (invitation.email !== member.email.toLowerCase()) return { ok: false, reason: 'other-email' }
    const ruleId = typeof invitation.rule === 'object' ? invitation.rule.id : invitation.rule
    const rule = await findRuleRecord(payload, ruleId, req)
    if (!rule || rule.hidden) return { ok: false, reason: 'invalid' }
    const now = new Date().toISOString()
    await payload.update({
      collection: 'steward-invitations',
      id: invitation.id,
      data: { acceptedAt: now },
      overrideAccess: true,
      req,
    })
    if (!(await isSteward(payload, rule.id, member.id, req))) {
      const invitedBy = typeof invitation.invitedBy === 'object' ? invitation.invitedBy?.id : invitation.invitedBy
      await payload.create({
        collection: 'rule-stewards',
        data: { rule: rule.id, member: member.id, role: 'steward', invitedBy, acceptedAt: now },
        overrideAccess: true,
        req,
      })
      // Its page lists its stewards by display name.
      await touchRule(payload, rule.id, req)
    }
    return { ok: true, rule: { id: rule.id, slug: rule.slug, title: rule.title, url: paths.rule(rule.slug) } }
  })
}

/** Removes a steward (any steward may, themselves included), never the last one. */
export function removeSteward(
  payload: Payload,
  member: Member,
  idOrSlug: string,
  stewardId: string,
): Promise<'removed' | 'not-found' | 'not-steward' | 'last-steward'> {
  return inTransaction(payload, async (req) => {
    const rule = await stewardedRule(payload, member, idOrSlug, req)
    if (rule === null) return 'not-found'
    if (rule === false) return 'not-steward'
    const { docs } = await payload.find({
      collection: 'rule-stewards',
      where: { rule: { equals: rule.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!docs.some((doc) => String(doc.id) === stewardId)) return 'not-found'
    if (docs.length === 1) return 'last-steward'
    await payload.delete({ collection: 'rule-stewards', id: stewardId, overrideAccess: true, req })
    await touchRule(payload, rule.id, req)
    return 'removed'
  })
}

/** Withdraws a pending invitation of the rule (any of its stewards may). */
export async function cancelInvitation(
  payload: Payload,
  member: Member,
  idOrSlug: string,
  invitationId: string,
): Promise<'cancelled' | 'not-found' | 'not-steward'> {
  const rule = await stewardedRule(payload, member, idOrSlug)
  if (rule === null) return 'not-found'
  if (rule === false) return 'not-steward'
  const { docs } = await payload.delete({
    collection: 'steward-invitations',
    where: {
      and: [{ id: { equals: invitationId } }, { rule: { equals: rule.id } }, { acceptedAt: { exists: false } }],
    },
    overrideAccess: true,
  })
  return docs.length ? 'cancelled' : 'not-found'
}
