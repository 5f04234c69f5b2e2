/**
 * One-time-code sign-in. Codes: 6 digits from a CSPRNG, HMAC-hashed at rest, expire after
 * OTP_TTL_SECONDS (10 min), 5 wrong tries burn a code. A new request does not supersede older codes:
 * whoever asks for codes for someone else's address must not be able to kill the code that person is
 * typing. Verify accepts any of the newest LIVE_CODES_CHECKED unexpired, unused codes; accepting one
 * retires every live code of the address (core/data/sign-in-codes.ts). The same answer is given for
 * known and unknown emails; members are created on first verify.
 */
import type { Request, Response } from 'express'
import type { Payload } from 'payload'
import { newOtpCode, sealSecret } from '@communityrule/core/data/session-token'
import {
  createSignInCode,
  emailChangePurpose,
  redeemSignInCode,
  type CodePurpose,
} from '@communityrule/core/data/sign-in-codes'
import { changeEmail } from '@communityrule/core/data/account'
import { signInMember } from '@communityrule/core/data/members'
import type { Member } from '@communityrule/core/data/access'
import { config } from '@communityrule/core/config'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { maskEmail } from '../lib/logger'
import { consumePoint, refundPoint, type Limiters } from '../lib/rate-limit'
import { queueEmail } from './job-queue'

export function otpTtlSeconds(): number {
  return config().OTP_TTL_SECONDS
}

/**
 * Emails a new code to `email` for `purpose`: signing in, or confirming the new address of the member
 * named in an email-change purpose.
 */
export async function requestOtp(
  { payload, logger }: AppContext,
  email: string,
  ip?: string,
  purpose: CodePurpose = 'sign-in',
): Promise<{ expiresInSeconds: number }> {
  const ttl = otpTtlSeconds()
  const code = newOtpCode()
  // No supersede: earlier unexpired codes keep working (see the header).
  await createSignInCode(payload, { email, code, ttlSeconds: ttl, ip, purpose })
  await queueEmail(payload, logger, {
    task: 'sendOtpEmail',
    input: {
      to: email,
      sealedCode: sealSecret(code),
      expiresInMinutes: Math.round(ttl / 60),
      purpose: purpose === 'sign-in' ? 'sign-in' : 'change-email',
    },
  })
  logger.info({ to: maskEmail(email), purpose: purpose === 'sign-in' ? 'sign-in' : 'change-email' }, 'code queued')
  return { expiresInSeconds: ttl }
}

const invalid = (message: string) => new HttpError(400, 'otp_invalid', message)
const LOCKED = 'Too many wrong codes. Ask for a new code.'
const NOT_RIGHT = 'That code is not right. Check the latest email or ask for a new code.'
const USED = 'That code has already been used. Ask for a new code.'

/** A guess compared against live codes and wrong: the only outcome that counts toward per-address caps. */
export class WrongCodeError extends HttpError {}

export async function verifyOtp(payload: Payload, email: string, code: string): Promise<Member> {
  await redeemCode(payload, email, code, 'sign-in')
  return signInMember(payload, email)
}

/**
 * Makes `email` the member's address once `code` (sent to it by requestOtp with the member's
 * email-change purpose) is accepted; sessions stay. Tells the previous address.
 */
export async function confirmEmailChange(
  { payload, logger }: AppContext,
  member: Member,
  email: string,
  code: string,
): Promise<void> {
  await redeemCode(payload, email, code, emailChangePurpose(member.id))
  if ((await changeEmail(payload, member, email)) === 'taken')
    throw new HttpError(
      409,
      'email_taken',
      'Another account signs in with that address. Sign in with it to use that account, or choose another address.',
    )
  await queueEmail(payload, logger, { task: 'sendEmailChanged', input: { to: member.email, newAddress: email } })
}

/**
 * Runs a code check with one of the address's wrong-code points taken first, so parallel guesses
 * cannot slip past the cap; the point is given back unless the code was wrong.
 */
export async function capWrongCodes<T>(
  limiters: Limiters,
  email: string,
  req: Request,
  res: Response,
  check: () => Promise<T>,
): Promise<T> {
  const wrongCodes = limiters.otpWrongCodePerEmail
  await consumePoint(
    wrongCodes,
    email,
    req,
    res,
    'Too many wrong codes were tried for this address. Wait a while, then ask for a new code.',
  )
  try {
    const result = await check()
    await refundPoint(wrongCodes, email)
    return result
  } catch (err) {
    if (!(err instanceof WrongCodeError)) await refundPoint(wrongCodes, email)
    throw err
  }
}

/** Accepts the code or throws the error that says why not (WrongCodeError for a wrong guess). */
async function redeemCode(payload: Payload, email: string, code: string, purpose: CodePurpose): Promise<void> {
  const result = await redeemSignInCode(payload, email, code, purpose)
  if (result.ok) return
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
