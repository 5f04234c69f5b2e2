import { Router } from 'express'
import { DraftPutBody } from '@communityrule/core/schema/api'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { requireMember } from '../middleware/session'
import { validateBody } from '../middleware/validate'
import { deleteDraft, getDraft, saveDraft } from '../services/drafts'

/** `If-Match: 3`, `"3"` or `W/"3"` → 3; absent → undefined. */
function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim())
  if (!match) throw new HttpError(400, 'invalid_if_match', 'If-Match must be the draft version number you last saw.')
  return Number(match[1])
}

/** The signed-in member's create-flow draft. Mounted at /api/drafts. */
export function draftsRouter({ payload }: AppContext): Router {
  const router = Router()
  router.use(requireMember)

  router.get('/me', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ draft: await getDraft(payload, req.member!) })
  })

  router.put('/me', validateBody(DraftPutBody), async (req, res) => {
    const { state } = res.locals.body as DraftPutBody
    const draft = await saveDraft(payload, req.member!, state, parseIfMatch(req.get('if-match')))
    res.setHeader('ETag', `"${draft.version}"`)
    res.json({ draft })
  })

  router.delete('/me', async (req, res) => {
    await deleteDraft(payload, req.member!)
    res.status(204).end()
  })

  return router
}
