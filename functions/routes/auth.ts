import { Router } from 'express'
import { OtpRequestBody, OtpVerifyBody } from '@communityrule/core/schema/api'
import type { AppContext } from '../context'
import { clearSessionCookie, setSessionCookie } from '../lib/cookies'
import type { Limiters } from '../lib/rate-limit'
import { clientKey, consumePoint, rateLimit, refundPoint } from '../lib/rate-limit'
import type { Member } from '../lib/payload-access'
import { WrongCodeError, requestOtp, verifyOtp } from '../services/auth'
import { createSession } from '../services/sessions'
import { validateBody } from '../middleware/validate'

/** OTP sign-in, the current session, and logout. */
export function authRouter(context: AppContext, limiters: Limiters): Router {
  const router = Router()
  const { payload, env } = context

  router.post(
    '/otp/request',
    validateBody(OtpRequestBody),
    rateLimit(limiters.otpRequestPerIp, (req) => clientKey(req.ip)),
    // Earlier codes stay valid (services/auth.ts), so the person is pointed at the code already sent.
    rateLimit(
      limiters.otpRequestPerEmail,
      (_req, res) => (res.locals.body as OtpRequestBody).email,
      'Too many codes were asked for this address. Use the code we already sent: every code works until it expires, even after a newer one was sent.',
    ),
    async (req, res) => {
      const { email } = res.locals.body as OtpRequestBody
      // req.log carries the request id into the service's log lines.
      const { expiresInSeconds } = await requestOtp({ ...context, logger: req.log }, email, req.ip)
      // Same answer whether or not the address belongs to a member: no enumeration.
      res.status(202).json({ ok: true, expiresInSeconds })
    },
  )

  router.post(
    '/otp/verify',
    validateBody(OtpVerifyBody),
    rateLimit(limiters.otpVerifyPerIp, (req) => clientKey(req.ip)),
    async (req, res) => {
      const { email, code } = res.locals.body as OtpVerifyBody
      // Wrong codes per address across all its codes. The point is taken before the code is compared,
      // so parallel guesses cannot slip past the cap, and given back unless the code was wrong.
      const wrongCodes = limiters.otpWrongCodePerEmail
      await consumePoint(
        wrongCodes,
        email,
        req,
        res,
        'Too many wrong codes were tried for this address. Wait a while, then ask for a new code.',
      )
      let member: Member
      try {
        member = await verifyOtp(payload, email, code)
      } catch (err) {
        if (!(err instanceof WrongCodeError)) await refundPoint(wrongCodes, email)
        throw err
      }
      await refundPoint(wrongCodes, email)
      const token = await createSession(payload, member, { userAgent: req.get('user-agent'), ip: req.ip })
      setSessionCookie(res, env, token)
      res.json({ user: member })
    },
  )

  router.get('/session', (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ user: req.member ?? null })
  })

  router.post('/logout', async (req, res) => {
    if (req.member && req.sessionId) {
      const { revokeSession } = await import('../services/sessions')
      await revokeSession(payload, req.member, req.sessionId).catch(() => {})
    }
    clearSessionCookie(res, env)
    res.status(204).end()
  })

  return router
}
