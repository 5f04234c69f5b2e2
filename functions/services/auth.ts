/**
 * One-time-code sign-in. Codes: 6 digits from a CSPRNG, HMAC-hashed at rest, expire after
 * OTP_TTL_SECONDS (10 min), 5 wrong tries burn a code. A new request does not supersede older codes:
 * whoever asks for codes for someone else's address must not be able to kill the code that person is
 * typing. Verify accepts any of the newest LIVE_CODES_CHECKED unexpired, unused codes; accepting one
 * retires every live code of the address (core/data/sign-in-codes.ts). The same answer is given for
 * known and unknown emails; members are created on first verify.
 */
import type { Payload } from 'payload'
import { newOtpCode, sealSecret } from '@communityrule/core/data/session-token'
import { createSignInCode, redeemSignInCode } from '@communityrule/core/data/sign-in-codes'
import { signInMember } from '@communityrule/core/data/members'
import type { Member } from '@communityrule/core/data/access'
import { config } from '@communityrule/core/config'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { maskEmail } from '../lib/logger'

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
  await createSignInCode(payload, { email, code, ttlSeconds: ttl, ip })
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
const NOT_RIGHT = 'That code is not right. Check the latest email or ask for a new code.'
const USED = 'That code has already been used. Ask for a new code.'

/** A guess compared against live codes and wrong: the only outcome that counts toward per-address caps. */
export class WrongCodeError extends HttpError {}

export async function verifyOtp(payload: Payload, email: string, code: string): Promise<Member> {
  const result = await redeemSignInCode(payload, email, code)
  if (result.ok) return signInMember(payload, email)
  switch (result.reason) {
    case 'wrong': {
      const left = result.triesLeft
      if (left <= 0) throw new WrongCodeError(400, 'otp_locked', LOCKED)
      throw new WrongCodeError(
        400,
        'otp_invalid',
        `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
      )
    }
    case 'locked':
      throw new HttpError(400, 'otp_locked', LOCKED)
    case 'used':
      throw invalid(USED)
    case 'expired':
      throw new HttpError(400, 'otp_expired', 'That code has expired. Ask for a new one.')
    case 'none':
    case 'busy':
      throw invalid(NOT_RIGHT)
  }
}
