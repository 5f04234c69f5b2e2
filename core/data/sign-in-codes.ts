/**
 * Sign-in codes (collection `otp-challenges`): only an HMAC of each code is stored, bound to the
 * address. A new code does not supersede older ones: whoever asks for codes for someone else's
 * address must not be able to kill the code that person is typing. A redeem compares against any of
 * the newest LIVE_CODES_CHECKED unexpired, unused codes; MAX_ATTEMPTS wrong tries burn a code;
 * accepting one retires every live code of the address.
 *
 * Every code has a purpose (CodePurpose): a code only ever counts for the purpose it was sent for, so a
 * sign-in code cannot confirm an email change, and a code confirming a new address cannot sign in.
 */
import type { Payload } from 'payload'
import { dbPool } from './pool'
import { hashIp, hashOtpCode, safeEqualHex } from './session-token'

export const MAX_ATTEMPTS = 5
/** How many of an address's newest live codes a redeem compares against. */
export const LIVE_CODES_CHECKED = 5

/** What a code is for: signing in, or confirming the member's new address (bound to that member). */
export type CodePurpose = 'sign-in' | `change-email:${string}`
export const emailChangePurpose = (memberId: string): CodePurpose => `change-email:${memberId}`

/** Stores a new code for the address (its HMAC only); earlier unexpired codes keep working. */
export async function createSignInCode(
  payload: Payload,
  {
    email,
    code,
    ttlSeconds,
    ip,
    purpose = 'sign-in',
  }: { email: string; code: string; ttlSeconds: number; ip?: string; purpose?: CodePurpose },
): Promise<void> {
  await payload.create({
    collection: 'otp-challenges',
    overrideAccess: true, // server-only collection
    data: {
      email,
      purpose,
      codeHash: hashOtpCode(email, code),
      expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString(),
      attempts: 0,
      ipHash: hashIp(ip),
    },
  })
}

/**
 * The outcome of a redeem. Refused:
 * - `wrong`: compared against the live codes and matched none (`triesLeft` 0: that guess locked them);
 *   the only refusal that was a guess, e.g. for per-address caps;
 * - `none`: no code was ever sent to the address;
 * - `used`: the newest code was used (or a racing request used the matching one first);
 * - `locked`: the newest code was burnt by wrong tries;
 * - `expired`: the newest code has expired;
 * - `busy`: every live code was being tried at once by other requests.
 */
export type RedeemResult =
  { ok: true } | { ok: false; reason: 'wrong'; triesLeft: number } | { ok: false; reason: NoLiveCode }

type NoLiveCode = 'none' | 'used' | 'locked' | 'expired' | 'busy'

/**
 * Accepts the code if it matches one of the address's live codes, retiring all of them (single use).
 * Each call spends one try of every live code it compares against, whatever the outcome.
 */
export async function redeemSignInCode(
  payload: Payload,
  email: string,
  code: string,
  purpose: CodePurpose = 'sign-in',
): Promise<RedeemResult> {
  const pool = dbPool(payload)
  // Take one attempt from each of the newest live codes before comparing, in one statement, so
  // parallel guesses can never be compared more than MAX_ATTEMPTS times against any code.
  const { rows } = await pool.query<{ id: string; code_hash: string; attempts: number }>(
    `update otp_challenges set attempts = attempts + 1
       where id in (select id from otp_challenges
                     where email = $1 and purpose = $4 and consumed_at is null and expires_at > now()
                       and attempts < $2
                     order by created_at desc limit $3)
         and consumed_at is null and attempts < $2
     returning id, code_hash, attempts::int`,
    [email, MAX_ATTEMPTS, LIVE_CODES_CHECKED, purpose],
  )
  if (rows.length === 0) return { ok: false, reason: await noLiveCode(payload, email, purpose) }
  const hash = hashOtpCode(email, code)
  // Constant-time compare against every candidate; no early exit.
  const match = rows.filter((row) => safeEqualHex(hash, row.code_hash))[0]
  if (!match) {
    // Only this request's own last attempt burns a code, so a racing wrong guess cannot burn the
    // code a right guess has just reserved.
    const spent = rows.filter((row) => row.attempts >= MAX_ATTEMPTS).map((row) => row.id)
    if (spent.length)
      await pool.query(
        `update otp_challenges set consumed_at = now() where id = any($1::uuid[]) and consumed_at is null`,
        [spent],
      )
    return { ok: false, reason: 'wrong', triesLeft: Math.max(0, ...rows.map((row) => MAX_ATTEMPTS - row.attempts)) }
  }
  // Single use, and one accepted code retires every live code of the address. One statement: of two
  // redeems racing (same code or two live codes), only the one that flips this row signs in.
  const consumed = await pool.query<{ id: string }>(
    `update otp_challenges set consumed_at = now()
       where email = $1 and purpose = $2 and consumed_at is null returning id`,
    [email, purpose],
  )
  if (!consumed.rows.some((row) => row.id === match.id)) return { ok: false, reason: 'used' }
  return { ok: true }
}

/** Why no live code was left to compare against, from the address's newest code. */
async function noLiveCode(payload: Payload, email: string, purpose: CodePurpose): Promise<NoLiveCode> {
  const { rows } = await dbPool(payload).query<{ consumed: boolean; attempts: number; expired: boolean }>(
    `select consumed_at is not null as consumed, attempts::int, expires_at <= now() as expired
       from otp_challenges where email = $1 and purpose = $2 order by created_at desc limit 1`,
    [email, purpose],
  )
  const newest = rows[0]
  if (!newest) return 'none'
  if (newest.consumed) return newest.attempts >= MAX_ATTEMPTS ? 'locked' : 'used'
  if (newest.expired) return 'expired'
  // Every live code was being tried at once by other requests.
  return 'busy'
}
