/**
 * What a rule's stewards do to the rule as a whole: withdraw it. A withdrawn rule is hidden like one
 * an editor hid (every public read already leaves hidden rules out, and its page answers 410), with
 * `withdrawnAt` saying its stewards did it; an editor can restore it in the admin.
 */
import type { Payload, PayloadRequest } from 'payload'
import { paths } from '../paths'
import type { Member } from './access'
import { findRuleRecord, isSteward } from './rule-versions'
import { isUuid } from './rules'
import { inTransaction } from './transaction'

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
