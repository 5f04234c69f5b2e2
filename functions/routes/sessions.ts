import { Router } from 'express'
import type { AppContext } from '../context'
import { requireMember } from '../middleware/session'
import { listSessions, revokeOtherSessions, revokeSession } from '../services/sessions'

/** A member's own sessions: list, revoke one, revoke all others. Mounted at /api/auth/sessions. */
export function sessionsRouter({ payload }: AppContext): Router {
  const router = Router()
  router.use(requireMember)

  router.get('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ items: await listSessions(payload, req.member!, req.sessionId) })
  })

  router.post('/revoke-others', async (req, res) => {
    res.json({ revoked: await revokeOtherSessions(payload, req.member!, req.sessionId!) })
  })

  router.delete('/:id', async (req, res) => {
    await revokeSession(payload, req.member!, req.params.id as string)
    res.status(204).end()
  })

  return router
}
