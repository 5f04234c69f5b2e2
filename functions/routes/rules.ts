import { Router } from 'express'
import { z } from 'zod'
import { PublishRuleBody } from '@communityrule/core/schema/api'
import type { AppContext } from '../context'
import { sendWithEtag } from '../lib/etag'
import { idempotencyKey } from '../lib/preconditions'
import { consumePoint, type Limiters } from '../lib/rate-limit'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { withIdempotency } from '../services/idempotency'
import { createRule, listMemberRules } from '@communityrule/core/data/rules'
import { findRule, listRules, requestHash } from '../services/rules'
import { documentRoute, errorResponse, ok } from '../openapi'

const ListQuery = z.object({
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

/** Published rules. Mounted at /api/rules. */
export function rulesRouter({ payload, metrics }: AppContext, limiters: Limiters): Router {
  const router = Router()

  const listInput = validate({ query: ListQuery })
  documentRoute('get', '/api/rules', {
    summary: 'Published rules, newest first (keyset cursor)',
    responses: { 200: ok('{ items, nextCursor }') },
  })
  router.get('/', listInput, async (req, res) => {
    sendWithEtag(req, res, await listRules(payload, listInput.read(res).query), 'public, max-age=10')
  })

  documentRoute('get', '/api/rules/mine', { summary: 'My rules', member: true, responses: { 200: ok('{ items }') } })
  router.get('/mine', requireMember, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ items: await listMemberRules(payload, req.member!) })
  })

  documentRoute('get', '/api/rules/{idOrSlug}', {
    summary: 'One published rule with live flag',
    responses: { 200: ok('{ rule }'), 404: errorResponse('Unknown or hidden') },
  })
  router.get('/:idOrSlug', async (req, res) => {
    const rule = await findRule(payload, req.params.idOrSlug)
    // `live` flips when the static page is built: clients poll this, so keep caches out of the way.
    res.setHeader('Cache-Control', 'no-cache')
    res.json({ rule })
  })

  const publishInput = validate({ body: PublishRuleBody })
  documentRoute('post', '/api/rules', {
    summary: 'Publish a rule (Idempotency-Key header required)',
    member: true,
    body: PublishRuleBody,
    responses: {
      201: ok('{ rule: { id, slug, url, live } }'),
      409: errorResponse('idempotency_mismatch'),
      401: errorResponse('Not signed in'),
    },
  })
  router.post('/', requireMember, publishInput, async (req, res) => {
    const key = idempotencyKey(req)
    const { body } = publishInput.read(res)
    const result = await withIdempotency(
      payload,
      { key, member: req.member!, route: 'POST /api/rules', hash: requestHash(body) },
      async (tx) => ({ status: 201, body: { rule: await createRule(payload, req.member!, body, tx) } }),
      // Only real publishes count against the limit; replays of a double click do not.
      () => consumePoint(limiters.publishPerMember, req.member!.id, req, res),
    )
    if (!result.replayed) metrics.publishes.inc()
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true')
    res.status(result.status).json(result.body)
  })

  return router
}
