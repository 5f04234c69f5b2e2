/**
 * Visitors' reports of published rules (`rule-reports`). Reports are written by the BFF only
 * (`POST /api/rules/:idOrSlug/reports`, no account needed) and read, dismissed or actioned by
 * editors in the admin. The reporter is kept only as an HMAC of their client key (IP, or IPv6 /64):
 * enough for editors to see that many reports come from one source, never the address itself.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { ReportRuleBody } from '../schema/api'
import { hashIp } from './session-token'

/** Files a report on the rule with this id (the caller has checked that it is visible). */
export async function createReport(
  payload: Payload,
  { rule, body, clientKey }: { rule: string; body: ReportRuleBody; clientKey?: string },
): Promise<{ id: string }> {
  const report = await payload.create({
    collection: 'rule-reports',
    data: {
      rule,
      reason: body.reason,
      note: body.note?.trim() || undefined,
      status: 'open',
      reporter: hashIp(clientKey),
    },
    depth: 0,
    overrideAccess: true, // server-only write: nobody creates reports through /cms-api
  })
  return { id: String(report.id) }
}

/**
 * Marks the open reports of a rule `actioned` (the rule was hidden). Runs inside the hiding
 * request's transaction (`req`), as trusted code: whoever may hide the rule has dealt with them.
 */
export async function markReportsActioned(payload: Payload, rule: string, req?: Partial<PayloadRequest>) {
  const { docs } = await payload.update({
    collection: 'rule-reports',
    where: { and: [{ rule: { equals: rule } }, { status: { equals: 'open' } }] },
    data: { status: 'actioned' },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}

/** The rule a report names, as the admin links to it (public page, edit view); null if it is gone. */
export async function reportedRule(
  payload: Payload,
  rule: unknown,
): Promise<{ id: string; slug: string; title: string; hidden: boolean } | null> {
  const id = typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : rule
  if (typeof id !== 'string' || !id) return null
  const doc = await payload
    .findByID({ collection: 'rules', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return doc ? { id: String(doc.id), slug: doc.slug, title: doc.title, hidden: Boolean(doc.hidden) } : null
}
