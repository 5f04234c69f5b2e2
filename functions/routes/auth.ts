import { Router } from 'express'
import { OtpRequestBody, OtpVerifyBody } from '../../cms/schema/api'
import type { AppContext } from '../context'
import { clearSessionCookie, setSessionCookie } from '../lib/cookies'
import type { Limiters } from '../lib/rate-limit'
import { rateLimit } from '../lib/rate-limit'
import { requestOtp, verifyOtp } from '../services/auth'
import { createSession } from '../services/sessions'
import { validateBody } from '../middleware/validate'

/** OTP sign-in, the current session, and logout. */
export function authRouter(context: AppContext, limiters: Limiters): Router {
  const router = Router()
  const { payload, env } = context

  router.post(
    '/otp/request',
    validateBody(OtpRequestBody),
    rateLimit(limiters.otpRequestPerIp, (req) => req.ip),
    rateLimit(limiters.otpRequestPerEmail, (_req, res) => (res.locals.body as OtpRequestBody).email),
    async (req, res) => {
      const { email } = res.locals.body as OtpRequestBody
      // req.log carries the request id into the service's log lines.
      const { expiresInSeconds } = await requestOtp({ ...context, logger: req.log }, email, req.ip)
      // Same answer whether or not the address belongs to a member: no enumeration.
      res.status(202).json({ ok: true, expiresInSeconds })
    },
  )

  router.post('/otp/verify', validateBody(OtpVerifyBody), rateLimit(limiters.otpVerifyPerIp, (req) => req.ip), async (req, res) => {
    const { email, code } = res.locals.body as OtpVerifyBody
    const member = await verifyOtp(payload, email, code)
    const token = await createSession(payload, member, { userAgent: req.get('user-agent'), ip: req.ip })
    setSessionCookie(res, env, token)
    res.json({ user: member })
  })

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
