import { Router } from 'express'
import { ProfileBody } from '@communityrule/core/schema/api'
import { exportAccount, setDisplayName } from '@communityrule/core/data/account'
import type { AppContext } from '../context'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { documentRoute, ok } from '../openapi'

/** The signed-in member's own account. Mounted at /api/account. */
export function accountRouter({ payload }: AppContext): Router {
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

  return router
}
