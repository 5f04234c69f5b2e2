import { Router } from 'express'
import { z } from 'zod'
import { WithdrawRuleBody } from '@communityrule/core/schema/api'
import { withdrawRule } from '@communityrule/core/data/stewardship'
import type { AppContext } from '../context'
import { HttpError, notFound } from '../lib/http-error'
import { consumePoint, type Limiters } from '../lib/rate-limit'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { documentRoute, errorResponse, ok } from '../openapi'

const RuleParams = z.object({ idOrSlug: z.string().min(1).max(200) })

/** What a rule's stewards do to the rule as a whole. Mounted at /api/rules/:idOrSlug. */
export function stewardshipRouter({ payload }: AppContext, limiters: Limiters): Router {
  const router = Router({ mergeParams: true })

  const withdrawInput = validate({ params: RuleParams, body: WithdrawRuleBody })
  documentRoute('post', '/api/rules/{idOrSlug}/withdraw', {
    summary:
      'Withdraw a rule (stewards): its pages leave the site and its URL answers 410 Gone with the reason; editors can restore it',
    member: true,
    body: WithdrawRuleBody,
    responses: {
      200: ok('{ rule: { id, slug, url, withdrawnAt, version } }'),
      401: errorResponse('Not signed in'),
      403: errorResponse('not_a_steward'),
      404: errorResponse('Unknown, hidden or already withdrawn rule'),
    },
  })
  router.post('/withdraw', requireMember, withdrawInput, async (req, res) => {
    const { params, body } = withdrawInput.read(res)
    const member = req.member!
    await consumePoint(limiters.publishPerMember, member.id, req, res)
    const result = await withdrawRule(payload, member, params.idOrSlug, body.reason?.trim() || undefined)
    if (result.ok) return void res.json({ rule: result.rule })
    if (result.reason === 'not-steward')
      throw new HttpError(403, 'not_a_steward', "Only this rule's stewards can withdraw it.")
    throw notFound('No published rule has that id or slug.')
  })

  return router
}
