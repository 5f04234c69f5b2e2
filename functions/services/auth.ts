/**
 * One-time-code sign-in. Codes: 6 digits from a CSPRNG, HMAC-hashed at rest, expire after
 * OTP_TTL_SECONDS (10 min), 5 wrong tries burn a code. A new request does not supersede older codes:
 * whoever asks for codes for someone else's address must not be able to kill the code that person is
 * typing. Verify accepts any of the newest LIVE_CODES_CHECKED unexpired, unused codes; accepting one
 * retires every live code of the address. The same answer is given for known and unknown emails;
 * members are created on first verify.
 */
import type { Payload } from 'payload'
import { hashIp, hashOtpCode, newOtpCode, safeEqualHex, sealSecret } from '../../cms/lib/session-token'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { maskEmail } from '../lib/logger'
import { dbPool } from '@communityrule/core/data/pool'
import type { Member } from '../lib/payload-access'
import { config } from '@communityrule/core/config'

export const MAX_ATTEMPTS = 5
/** How many of an address's newest live codes a verify compares against. */
export const LIVE_CODES_CHECKED = 5

export function otpTtlSeconds(): number {
  return config().OTP_TTL_SECONDS
}

export async function requestOtp(
  { payload, logger }: AppContext,
  email: string,
  ip?: string,
): Promise<{ expiresInSeconds: number }> {
  const ttl = otpTtlSeconds()
  const code = newOtpCode()
  // No supersede: earlier unexpired codes keep working (see the header).
  await payload.create({
    collection: 'otp-challenges',
    overrideAccess: true, // server-only collection
    data: {
      email,
      codeHash: hashOtpCode(email, code),
      expiresAt: new Date(Date.now() + ttl * 1000).toISOString(),
      attempts: 0,
      ipHash: hashIp(ip),
    },
  })
  await payload.jobs.queue({
    task: 'sendOtpEmail',
    queue: 'email',
    input: { to: email, sealedCode: sealSecret(code), expiresInMinutes: Math.round(ttl / 60) },
  })
  logger.info({ to: maskEmail(email) }, 'sign-in code queued')
  // Deliver now rather than at the next cron tick; the HTTP response does not wait for SMTP.
  setImmediate(() => {
    payload.jobs
      .run({ queue: 'email', limit: 10 })
      .catch((err: Error) => logger.warn({ err: err.message }, 'email job run failed'))
  })
  return { expiresInSeconds: ttl }
}

const invalid = (message: string) => new HttpError(400, 'otp_invalid', message)
const LOCKED = 'Too many wrong codes. Ask for a new code.'
const locked = () => new HttpError(400, 'otp_locked', LOCKED)

/** A guess compared against live codes and wrong: the only outcome that counts toward per-address caps. */
export class WrongCodeError extends HttpError {}

type Reserved = { id: string; code_hash: string; attempts: number }

export async function verifyOtp(payload: Payload, email: string, code: string): Promise<Member> {
  const pool = dbPool(payload)
  // Take one attempt from each of the newest live codes before comparing, in one statement, so
  // parallel guesses can never be compared more than MAX_ATTEMPTS times against any code.
  const { rows } = await pool.query<Reserved>(
    `update otp_challenges set attempts = attempts + 1
       where id in (select id from otp_challenges
                     where email = $1 and consumed_at is null and expires_at > now() and attempts < $2
                     order by created_at desc limit $3)
         and consumed_at is null and attempts < $2
     returning id, code_hash, attempts::int`,
    [email, MAX_ATTEMPTS, LIVE_CODES_CHECKED],
  )
  if (rows.length === 0) throw await noLiveCode(payload, email)
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
    const left = Math.max(...rows.map((row) => MAX_ATTEMPTS - row.attempts))
    if (left <= 0) throw new WrongCodeError(400, 'otp_locked', LOCKED)
    throw new WrongCodeError(
      400,
      'otp_invalid',
      `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
    )
  }
  // Single use, and one accepted code retires every live code of the address. One statement: of two
  // verifies racing (same code or two live codes), only the one that flips this row signs in.
  const consumed = await pool.query<{ id: string }>(
    `update otp_challenges set consumed_at = now() where email = $1 and consumed_at is null returning id`,
    [email],
  )
  if (!consumed.rows.some((row) => row.id === match.id))
    throw invalid('That code has already been used. Ask for a new code.')
  return upsertMember(payload, email)
}

/** Why no live code was left to compare against, from the address's newest code. */
async function noLiveCode(payload: Payload, email: string): Promise<HttpError> {
  const { rows } = await dbPool(payload).query<{ consumed: boolean; attempts: number; expired: boolean }>(
    `select consumed_at is not null as consumed, attempts::int, expires_at <= now() as expired
       from otp_challenges where email = $1 order by created_at desc limit 1`,
    [email],
  )
  const newest = rows[0]
  if (!newest) return invalid('That code is not right. Check the latest email or ask for a new code.')
  if (newest.consumed)
    return newest.attempts >= MAX_ATTEMPTS ? locked() : invalid('That code has already been used. Ask for a new code.')
  if (newest.expired) return new HttpError(400, 'otp_expired', 'That code has expired. Ask for a new one.')
  // Every live code was being tried at once by other requests.
  return invalid('That code is not right. Check the latest email or ask for a new code.')
}

async function upsertMember(payload: Payload, email: string): Promise<Member> {
  const now = new Date().toISOString()
  const find = () =>
    payload.find({
      collection: 'members',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  let member = (await find()).docs[0]
  if (!member) {
    try {
      member = await payload.create({ collection: 'members', data: { email, lastLoginAt: now }, overrideAccess: true })
    } catch (err) {
      // Two first logins racing: the unique email index lets one create; the other reads it.
      member = (await find()).docs[0]
      if (!member) throw err
    }
  } else {
    await payload.update({ collection: 'members', id: member.id, data: { lastLoginAt: now }, overrideAccess: true })
  }
  return { id: String(member.id), email: member.email, displayName: member.displayName ?? null }
}
