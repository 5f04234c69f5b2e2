/**
 * Request headers that guard writes: `If-Match` (the version the client last saw: a draft's, a
 * rule's) and `Idempotency-Key` (a retry never publishes twice).
 */
import type { Request } from 'express'
import { HttpError } from './http-error'

/** `If-Match: 3`, `"3"` or `W/"3"` → 3; absent → undefined. `what` names the version in the error. */
function parseIfMatch(header: string | undefined, what: string): number | undefined {
  if (header === undefined) return undefined
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim())
  if (!match) throw new HttpError(400, 'invalid_if_match', `If-Match must be the ${what} number you last saw.`)
  return Number(match[1])
}

/**
 * The If-Match a write cannot go without: `428 if_match_required` when absent, so a client that
 * forgot it never overwrites a version it has not seen. `why` tells the client what to send.
 */
export function requiredIfMatch(header: string | undefined, what: string, why: string): number {
  const version = parseIfMatch(header, what)
  if (version === undefined) throw new HttpError(428, 'if_match_required', why)
  return version
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/

/** The request's Idempotency-Key; 400 when it is missing or malformed. */
export function idempotencyKey(req: Request): string {
  const key = req.get('idempotency-key')
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpError(
      400,
      'idempotency_key_required',
      'Send an Idempotency-Key header (8–128 letters, digits, . _ : -) so a retry never publishes twice.',
    )
  }
  return key
}
