/**
 * One-time-code sign-in. Codes: 6 digits from a CSPRNG, HMAC-hashed at rest, single use, expire after
 * OTP_TTL_SECONDS (10 min), 5 wrong tries burn the challenge, a new request supersedes older ones.
 * The same answer is given for known and unknown emails; members are created on first verify.
 */
import type { Payload } from 'payload'
import { hashIp, hashOtpCode, newOtpCode, safeEqualHex, sealSecret } from '../../cms/lib/session-token'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { maskEmail } from '../lib/logger'
import { dbPool, type Member } from '../lib/payload-access'

export const MAX_ATTEMPTS = 5

export function otpTtlSeconds(): number {
  return Number(process.env.OTP_TTL_SECONDS || 600)
}

export async function requestOtp({ payload, logger }: AppContext, email: string, ip?: string): Promise<{ expiresInSeconds: number }> {
  const ttl = otpTtlSeconds()
  const code = newOtpCode()
  // Supersede: only the newest code for an address can ever work.
  await payload.update({
    collection: 'otp-challenges',
    where: { email: { equals: email }, consumedAt: { exists: false } },
    data: { consumedAt: new Date().toISOString() },
    overrideAccess: true, // server-only collection
  })
  await payload.create({
    collection: 'otp-challenges',
    overrideAccess: true,
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
    payload.jobs.run({ queue: 'email', limit: 10 }).catch((err: Error) => logger.warn({ err: err.message }, 'email job run failed'))
  })
  return { expiresInSeconds: ttl }
}

const invalid = (message: string) => new HttpError(400, 'otp_invalid', message)

export async function verifyOtp(payload: Payload, email: string, code: string): Promise<Member> {
  const { docs } = await payload.find({
    collection: 'otp-challenges',
    where: { email: { equals: email } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const challenge = docs[0]
  if (!challenge) throw invalid('That code is not right. Check the latest email or ask for a new code.')
  if (challenge.consumedAt) {
    if ((challenge.attempts ?? 0) >= MAX_ATTEMPTS) throw new HttpError(400, 'otp_locked', 'Too many wrong codes. Ask for a new code.')
    throw invalid('That code has already been used or replaced by a newer one. Ask for a new code.')
  }
  if (new Date(challenge.expiresAt).getTime() <= Date.now()) {
    throw new HttpError(400, 'otp_expired', 'That code has expired. Ask for a new one.')
  }
  const pool = dbPool(payload)
  if (!safeEqualHex(hashOtpCode(email, code), challenge.codeHash)) {
    // Atomic increment so parallel guesses cannot exceed the limit; the 5th wrong try burns the code.
    const { rows } = await pool.query<{ attempts: number }>(
      `update otp_challenges set attempts = attempts + 1,
         consumed_at = case when attempts + 1 >= $2 then now() else consumed_at end
       where id = $1 and consumed_at is null returning attempts::int`,
      [challenge.id, MAX_ATTEMPTS],
    )
    const attempts = rows[0]?.attempts ?? MAX_ATTEMPTS
    if (attempts >= MAX_ATTEMPTS) throw new HttpError(400, 'otp_locked', 'Too many wrong codes. Ask for a new code.')
    const left = MAX_ATTEMPTS - attempts
    throw invalid(`That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`)
  }
  // Single use, even when two verifies race with the right code.
  const consumed = await pool.query(`update otp_challenges set consumed_at = now() where id = $1 and consumed_at is null`, [challenge.id])
  if (consumed.rowCount === 0) throw invalid('That code has already been used. Ask for a new code.')
  return upsertMember(payload, email)
}

async function upsertMember(payload: Payload, email: string): Promise<Member> {
  const now = new Date().toISOString()
  const find = () => payload.find({ collection: 'members', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
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
