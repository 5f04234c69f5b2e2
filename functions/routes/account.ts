import { Router } from 'express'
import { DeleteAccountBody, ProfileBody } from '@communityrule/core/schema/api'
import { deleteAccount, exportAccount, rulesOnlyIStewards, setDisplayName } from '@communityrule/core/data/account'
import { clearSessionCookie } from '../lib/cookies'
import { HttpError } from '../lib/http-error'
import type { AppContext } from '../context'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { documentRoute, errorResponse, ok } from '../openapi'

/** The signed-in member's own account. Mounted at /api/account. */
export function accountRouter({ payload, env }: AppContext): Router {
  const router = Router()
  router.use(requireMember)

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
