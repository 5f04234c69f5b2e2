import { Router } from 'express'
import { DraftPutBody } from '@communityrule/core/schema/api'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { parseIfMatch } from '../lib/preconditions'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { deleteDraft, getDraft, saveDraft, type DraftView } from '@communityrule/core/data/drafts'
import { documentRoute, errorResponse, ok } from '../openapi'

/** A stale If-Match: 412 with the server's copy, so the client can offer both and nothing is overwritten. */
const conflict = (draft: DraftView | null) =>
  new HttpError(
    412,
    'draft_conflict',
    'This draft was changed somewhere else (another tab or device). Choose which copy to keep.',
    [{ draft }],
  )

/** The signed-in member's create-flow draft. Mounted at /api/drafts. */
export function draftsRouter({ payload }: AppContext): Router {
  const router = Router()
  router.use(requireMember)

  documentRoute('get', '/api/drafts/me', {
    summary: 'My draft',
    member: true,
    responses: { 200: ok('{ draft | null }') },
  })
  router.get('/me', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ draft: await getDraft(payload, req.member!) })
  })

  const putInput = validate({ body: DraftPutBody })
  documentRoute('put', '/api/drafts/me', {
    summary: 'Save my draft (If-Match: version)',
    member: true,
    body: DraftPutBody,
    responses: {
      200: ok('{ draft }'),
      412: errorResponse('draft_conflict; server draft in details'),
      413: errorResponse('Over 512 KB'),
    },
  })
  router.put('/me', putInput, async (req, res) => {
    const { state } = putInput.read(res).body
    const saved = await saveDraft(payload, req.member!, state, parseIfMatch(req.get('if-match'), 'draft version'))
    if (!saved.ok) throw conflict(saved.current)
    const { draft } = saved
    res.setHeader('ETag', `"${draft.version}"`)
    res.json({ draft })
  })

  documentRoute('delete', '/api/drafts/me', {
    summary: 'Discard my draft',
    member: true,
    responses: { 204: ok('Deleted') },
  })
  router.delete('/me', async (req, res) => {
    await deleteDraft(payload, req.member!)
    res.status(204).end()
  })

  return router
}
