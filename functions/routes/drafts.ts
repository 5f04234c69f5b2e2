import { Router } from 'express'
import { z } from 'zod'
import { DraftCreateBody, DraftNameBody, DraftPutBody } from '@communityrule/core/schema/api'
import { DRAFTS_MAX } from '@communityrule/core/schema/constants'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { requiredIfMatch } from '../lib/preconditions'
import { rateLimit, type Limiters } from '../lib/rate-limit'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import {
  createDraft,
  deleteDraft,
  getDraft,
  listDrafts,
  renameDraft,
  saveDraft,
  type DraftView,
} from '@communityrule/core/data/drafts'
import { documentRoute, errorResponse, ok } from '../openapi'

/** A stale If-Match: 412 with the server's copy, so the client can offer both and nothing is overwritten. */
const conflict = (draft: DraftView | null) =>
  new HttpError(
    412,
    'draft_conflict',
    'This draft was changed somewhere else (another tab or device). Choose which copy to keep.',
    [{ draft }],
  )
const noDraft = () =>
  new HttpError(404, 'draft_not_found', 'That draft is not in your account (it may have been deleted).')
const DraftParams = z.object({ id: z.string().max(64) })

/** The signed-in member's create-flow drafts. Mounted at /api/drafts. */
export function draftsRouter({ payload }: AppContext, limiters: Limiters): Router {
  const router = Router()
  router.use(requireMember)
  const writeLimit = rateLimit(limiters.draftWritePerMember, (req) => req.member!.id)

  documentRoute('get', '/api/drafts', {
    summary: 'My drafts, most recently changed first (without their content)',
    member: true,
    responses: { 200: ok('{ items: [{ id, name, title, step, amending, version, updatedAt }] }') },
  })
  router.get('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ items: await listDrafts(payload, req.member!) })
  })

  const createInput = validate({ body: DraftCreateBody })
  documentRoute('post', '/api/drafts', {
    summary: 'Start a new draft',
    member: true,
    body: DraftCreateBody,
    responses: {
      201: ok('{ draft }'),
      409: errorResponse(`amendment_draft_exists (that draft in details), or too_many_drafts (at most ${DRAFTS_MAX})`),
      413: errorResponse('Over 512 KB'),
      429: errorResponse('Rate limited'),
    },
  })
  router.post('/', createInput, writeLimit, async (req, res) => {
    const { state, name } = createInput.read(res).body
    const created = await createDraft(payload, req.member!, state, name)
    if (!created.ok && created.reason === 'too-many')
      throw new HttpError(
        409,
        'too_many_drafts',
        `You have ${DRAFTS_MAX} drafts, the most one account keeps. Publish or delete one on your account page first.`,
      )
    if (!created.ok)
      throw new HttpError(409, 'amendment_draft_exists', 'You already have an amendment of this rule in progress.', [
        { draft: created.draft },
      ])
    res.setHeader('ETag', `"${created.draft.version}"`)
    res.status(201).json({ draft: created.draft })
  })

  const idInput = validate({ params: DraftParams })
  documentRoute('get', '/api/drafts/{id}', {
    summary: 'One of my drafts',
    member: true,
    responses: { 200: ok('{ draft }'), 404: errorResponse('draft_not_found') },
  })
  router.get('/:id', idInput, async (req, res) => {
    const draft = await getDraft(payload, req.member!, idInput.read(res).params.id)
    if (!draft) throw noDraft()
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('ETag', `"${draft.version}"`)
    res.json({ draft })
  })

  const putInput = validate({ params: DraftParams, body: DraftPutBody })
  documentRoute('put', '/api/drafts/{id}', {
    summary: 'Save a draft (If-Match: its version)',
    member: true,
    body: DraftPutBody,
    responses: {
      200: ok('{ draft }'),
      404: errorResponse('draft_not_found'),
      412: errorResponse('draft_conflict; server draft in details'),
      428: errorResponse('if_match_required'),
      413: errorResponse('Over 512 KB'),
      429: errorResponse('Rate limited'),
    },
  })
  router.put('/:id', putInput, writeLimit, async (req, res) => {
    const { params, body } = putInput.read(res)
    const saved = await saveDraft(
      payload,
      req.member!,
      params.id,
      body.state,
      requiredIfMatch(
        req.get('if-match'),
        'draft version',
        'Send If-Match with the version of the draft you last saw, so a save never overwrites one you have not seen.',
      ),
    )
    if (!saved.ok) throw saved.current ? conflict(saved.current) : noDraft()
    res.setHeader('ETag', `"${saved.draft.version}"`)
    res.json({ draft: saved.draft })
  })

  const nameInput = validate({ params: DraftParams, body: DraftNameBody })
  documentRoute('put', '/api/drafts/{id}/name', {
    summary: "Name a draft ('' removes the name)",
    member: true,
    body: DraftNameBody,
    responses: { 200: ok('{ draft }'), 404: errorResponse('draft_not_found'), 429: errorResponse('Rate limited') },
  })
  router.put('/:id/name', nameInput, writeLimit, async (req, res) => {
    const { params, body } = nameInput.read(res)
    const draft = await renameDraft(payload, req.member!, params.id, body.name)
    if (!draft) throw noDraft()
    res.json({ draft })
  })

  documentRoute('delete', '/api/drafts/{id}', {
    summary: 'Delete one of my drafts (204 whether or not it still existed)',
    member: true,
    responses: { 204: ok('Deleted') },
  })
  router.delete('/:id', idInput, writeLimit, async (req, res) => {
    await deleteDraft(payload, req.member!, idInput.read(res).params.id)
    res.status(204).end()
  })

  return router
}
