import { Router } from 'express'
import { OtpRequestBody, OtpVerifyBody } from '@communityrule/core/schema/api'
import type { AppContext } from '../context'
import { clearSessionCookie, setSessionCookie } from '../lib/cookies'
import type { Limiters } from '../lib/rate-limit'
import { clientKey, rateLimit } from '../lib/rate-limit'
import { capWrongCodes, requestOtp, verifyOtp } from '../services/auth'
import { createSession, revokeSession } from '@communityrule/core/data/sessions'
import { validate } from '../middleware/validate'
import { documentRoute, errorResponse, ok } from '../openapi'

/** OTP sign-in, the current session, and logout. */
export function authRouter(context: AppContext, limiters: Limiters): Router {
  const router = Router()
  const { payload, env } = context
  const requestInput = validate({ body: OtpRequestBody })
  const verifyInput = validate({ body: OtpVerifyBody })

  documentRoute('post', '/api/auth/otp/request', {
    summary: 'Email a sign-in code',
    body: OtpRequestBody,
    responses: {
      202: ok('Accepted (same for unknown emails)'),
      400: errorResponse('Invalid body'),
      429: errorResponse('Rate limited'),
    },
  })
  router.post(
    '/otp/request',
    requestInput,
    rateLimit(limiters.otpRequestPerIp, (req) => clientKey(req.ip)),
    // Earlier codes stay valid (services/auth.ts), so the person is pointed at the code already sent.
    rateLimit(
      limiters.otpRequestPerEmail,
      (_req, res) => requestInput.read(res).body.email,
      'Too many codes were asked for this address. Use the code we already sent: every code works until it expires, even after a newer one was sent.',
    ),
    async (req, res) => {
      const { email } = requestInput.read(res).body
      // req.log carries the request id into the service's log lines.
      const { expiresInSeconds } = await requestOtp({ ...context, logger: req.log }, email, req.ip)
      // Same answer whether or not the address belongs to a member: no enumeration.
      res.status(202).json({ ok: true, expiresInSeconds })
    },
  )

  documentRoute('post', '/api/auth/otp/verify', {
    summary: 'Verify the code; sets cr_session',
    body: OtpVerifyBody,
    responses: {
      200: ok('Signed in'),
      400: errorResponse('otp_invalid, otp_expired or otp_locked'),
      429: errorResponse('Rate limited'),
    },
  })
  router.post(
    '/otp/verify',
    verifyInput,
    rateLimit(limiters.otpVerifyPerIp, (req) => clientKey(req.ip)),
    async (req, res) => {
      const { email, code } = verifyInput.read(res).body
      const member = await capWrongCodes(limiters, email, req, res, () => verifyOtp(payload, email, code))
      const token = await createSession(payload, member, { userAgent: req.get('user-agent'), ip: req.ip })
      setSessionCookie(res, env, token)
      res.json({ user: member })
    },
  )

  documentRoute('get', '/api/auth/session', {
    summary: 'The signed-in member or null',
    responses: { 200: ok('Session') },
  })
  router.get('/session', (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ user: req.member ?? null })
  })

  documentRoute('post', '/api/auth/logout', { summary: 'Revoke this session', responses: { 204: ok('Signed out') } })
  router.post('/logout', async (req, res) => {
    if (req.member && req.sessionId) {
      await revokeSession(payload, req.member, req.sessionId).catch(() => {})
    }
    clearSessionCookie(res, env)
    res.status(204).end()
  })

  return router
}
