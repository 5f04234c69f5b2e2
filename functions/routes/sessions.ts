import { Router } from 'express'
import type { AppContext } from '../context'
import { requireMember } from '../middleware/session'
import { listSessions, revokeOtherSessions, revokeSession } from '@communityrule/core/data/sessions'
import { notFound } from '../lib/http-error'
import { documentRoute, errorResponse, ok } from '../openapi'

/** A member's own sessions: list, revoke one, revoke all others. Mounted at /api/auth/sessions. */
export function sessionsRouter({ payload }: AppContext): Router {
  const router = Router()
  router.use(requireMember)

  documentRoute('get', '/api/auth/sessions', {
    summary: 'My sessions',
    member: true,
    responses: { 200: ok('Sessions'), 401: errorResponse('Not signed in') },
  })
  router.get('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ items: await listSessions(payload, req.member!, req.sessionId) })
  })

  documentRoute('post', '/api/auth/sessions/revoke-others', {
    summary: 'Revoke all my other sessions',
    member: true,
    responses: { 200: ok('{ revoked }') },
  })
  router.post('/revoke-others', async (req, res) => {
    res.json({ revoked: await revokeOtherSessions(payload, req.member!, req.sessionId!) })
  })

  documentRoute('delete', '/api/auth/sessions/{id}', {
    summary: 'Revoke one of my sessions',
    member: true,
    responses: { 204: ok('Revoked'), 404: errorResponse('Not yours or unknown') },
  })
  router.delete('/:id', async (req, res) => {
    if (!(await revokeSession(payload, req.member!, req.params.id)))
      throw notFound('You have no active session with that id.')
    res.status(204).end()
  })

  return router
}
