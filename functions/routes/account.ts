import { Router } from 'express'
import { DeleteAccountBody, OtpRequestBody, OtpVerifyBody, ProfileBody } from '@communityrule/core/schema/api'
import { emailChangePurpose } from '@communityrule/core/data/sign-in-codes'
import { deleteAccount, exportAccount, rulesOnlyIStewards, setDisplayName } from '@communityrule/core/data/account'
import { clearSessionCookie } from '../lib/cookies'
import { HttpError } from '../lib/http-error'
import type { AppContext } from '../context'
import { clientKey, rateLimit, type Limiters } from '../lib/rate-limit'
import { capWrongCodes, confirmEmailChange, requestOtp } from '../services/auth'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { documentRoute, errorResponse, ok } from '../openapi'

/** The signed-in member's own account. Mounted at /api/account. */
export function accountRouter(context: AppContext, limiters: Limiters): Router {
  const { payload, env } = context
  const router = Router()
  router.use(requireMember)

  // The same bodies as asking for and entering a sign-in code; the codes themselves never mix.
  const emailInput = validate({ body: OtpRequestBody })
  documentRoute('post', '/api/account/email', {
    summary: 'Change my email, step 1: email a code to the new address',
    member: true,
    body: OtpRequestBody,
    responses: {
      202: ok('{ expiresInSeconds }'),
      400: errorResponse('same_email, or an invalid body'),
      429: errorResponse('Rate limited'),
    },
  })
  router.post(
    '/email',
    emailInput,
    rateLimit(limiters.otpRequestPerIp, (req) => clientKey(req.ip)),
    rateLimit(
      limiters.otpRequestPerEmail,
      (_req, res) => emailInput.read(res).body.email,
      'Too many codes were asked for this address. Use the code we already sent: every code works until it expires.',
    ),
    async (req, res) => {
      const { email } = emailInput.read(res).body
      const member = req.member!
      if (email === member.email.toLowerCase())
        throw new HttpError(400, 'same_email', 'That is already your address.', [{ path: 'email' }])
      const { expiresInSeconds } = await requestOtp(
        { ...context, logger: req.log },
        email,
        req.ip,
        emailChangePurpose(member.id),
      )
      res.status(202).json({ expiresInSeconds })
    },
  )

  const confirmInput = validate({ body: OtpVerifyBody })
  documentRoute('post', '/api/account/email/confirm', {
    summary: 'Change my email, step 2: the code from the new address makes it my address (sessions stay)',
    member: true,
    body: OtpVerifyBody,
    responses: {
      200: ok('{ profile: { email, displayName } }'),
      400: errorResponse('otp_invalid, otp_expired or otp_locked'),
      409: errorResponse('email_taken: another account signs in with that address'),
      429: errorResponse('Rate limited'),
    },
  })
  router.post(
    '/email/confirm',
    confirmInput,
    rateLimit(limiters.otpVerifyPerIp, (req) => clientKey(req.ip)),
    async (req, res) => {
      const { email, code } = confirmInput.read(res).body
      const member = req.member!
      await capWrongCodes(limiters, email, req, res, () =>
        confirmEmailChange({ ...context, logger: req.log }, member, email, code),
      )
      res.json({ profile: { email, displayName: member.displayName ?? null } })
    },
  )

  const profileInput = validate({ body: ProfileBody })
  documentRoute('put', '/api/account/profile', {
    summary: 'Set my display name (shown on the pages of the rules I steward; empty removes it)',
    member: true,
    body: ProfileBody,
    responses: { 200: ok('{ profile: { email, displayName } }') },
  })
  router.put('/profile', profileInput, async (req, res) => {
    const displayName = await setDisplayName(payload, req.member!, profileInput.read(res).body.displayName)
    res.json({ profile: { email: req.member!.email, displayName } })
  })

  documentRoute('get', '/api/account/export', {
    summary: 'Download all my data as JSON: profile, rules with every version, drafts, sessions',
    member: true,
    responses: { 200: ok('{ exportedAt, profile, rules: [{ …, versions }], drafts, sessions }') },
  })
  router.get('/export', async (req, res) => {
    const data = await exportAccount(payload, req.member!, req.sessionId)
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('Content-Disposition', 'attachment; filename="communityrule-account.json"')
    res.json(data)
  })

  documentRoute('get', '/api/account/deletion', {
    summary: 'Before deleting my account: the rules I alone steward (each needs a choice)',
    member: true,
    responses: { 200: ok('{ rules: [{ id, slug, title, url }] }') },
  })
  router.get('/deletion', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ rules: await rulesOnlyIStewards(payload, req.member!) })
  })

  const deleteInput = validate({ body: DeleteAccountBody })
  documentRoute('delete', '/api/account', {
    summary:
      'Delete my account: every session ends, my personal data goes; for each rule I alone steward, withdraw it or keep it without an owner',
    member: true,
    body: DeleteAccountBody,
    responses: {
      204: ok('Deleted; the session cookie is cleared'),
      409: errorResponse('choices_required: details list the rules that need a choice'),
    },
  })
  router.delete('/', deleteInput, async (req, res) => {
    const result = await deleteAccount(payload, req.member!, deleteInput.read(res).body.rules)
    if (!result.ok) {
      throw new HttpError(
        409,
        'choices_required',
        'Choose for each rule you alone steward whether to withdraw it or keep it published without an owner.',
        result.missing,
      )
    }
    clearSessionCookie(res, env)
    res.status(204).end()
  })

  return router
}
