import { Router } from 'express'
import { z } from 'zod'
import { AcceptInvitationBody, InviteStewardBody, WithdrawRuleBody } from '@communityrule/core/schema/api'
import { sealSecret } from '@communityrule/core/data/session-token'
import {
  acceptInvitation,
  cancelInvitation,
  inviteSteward,
  listStewards,
  removeSteward,
  withdrawRule,
} from '@communityrule/core/data/stewardship'
import { paths } from '@communityrule/core/paths'
import { config } from '@communityrule/core/config'
import type { AppContext } from '../context'
import { HttpError, notFound } from '../lib/http-error'
import { consumePoint, type Limiters } from '../lib/rate-limit'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { queueEmail } from '../services/job-queue'
import { documentRoute, errorResponse, ok } from '../openapi'

const RuleParams = z.object({ idOrSlug: z.string().min(1).max(200) })
const StewardParams = RuleParams.extend({ id: z.string().uuid() })

const unknownRule = () => notFound('No published rule has that id or slug.')
const notSteward = (action: string) => new HttpError(403, 'not_a_steward', `Only this rule's stewards can ${action}.`)

/**
 * What a rule's stewards do to the rule as a whole: withdraw it, and invite, list and remove
 * stewards. Mounted at /api/rules/:idOrSlug; `invitationsRouter` (accepting an invitation) at
 * /api/steward-invitations.
 */
export function stewardshipRouter({ payload, logger }: AppContext, limiters: Limiters): Router {
  // Mounted where GET /api/rules/:idOrSlug also passes: requireMember goes on each route, never router.use.
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
    await consumePoint(limiters.publishPerMember, req.member!.id, req, res)
    const result = await withdrawRule(payload, req.member!, params.idOrSlug, body.reason?.trim() || undefined)
    if (result.ok) return void res.json({ rule: result.rule })
    if (result.reason === 'not-steward') throw notSteward('withdraw it')
    throw unknownRule()
  })

  const listInput = validate({ params: RuleParams })
  documentRoute('get', '/api/rules/{idOrSlug}/stewards', {
    summary: "A rule's stewards (display names) and pending invitations (stewards only)",
    member: true,
    responses: {
      200: ok('{ stewards: [{ id, name, role, you }], invitations: [{ id, email, expiresAt }] }'),
      403: errorResponse('not_a_steward'),
      404: errorResponse('Unknown or hidden rule'),
    },
  })
  router.get('/stewards', requireMember, listInput, async (req, res) => {
    const result = await listStewards(payload, req.member!, listInput.read(res).params.idOrSlug)
    if (result === 'not-found') throw unknownRule()
    if (result === 'not-steward') throw notSteward('see its stewards')
    res.setHeader('Cache-Control', 'no-store')
    res.json(result)
  })

  const inviteInput = validate({ params: RuleParams, body: InviteStewardBody })
  documentRoute('post', '/api/rules/{idOrSlug}/stewards', {
    summary: 'Invite someone to steward the rule (stewards): an emailed one-time link, valid for 7 days',
    member: true,
    body: InviteStewardBody,
    responses: {
      202: ok('{ invitation: { id, email, expiresAt } }'),
      403: errorResponse('not_a_steward'),
      404: errorResponse('Unknown or hidden rule'),
      409: errorResponse('already_steward'),
      429: errorResponse('rate_limited (with publishes and amendments, 30 an hour)'),
    },
  })
  router.post('/stewards', requireMember, inviteInput, async (req, res) => {
    const { params, body } = inviteInput.read(res)
    const member = req.member!
    await consumePoint(limiters.publishPerMember, member.id, req, res)
    const result = await inviteSteward(payload, member, params.idOrSlug, body.email)
    if (!result.ok) {
      if (result.reason === 'not-steward') throw notSteward('invite stewards')
      if (result.reason === 'already-steward')
        throw new HttpError(409, 'already_steward', 'That person is already a steward of this rule.')
      throw unknownRule()
    }
    const link = `${config().publicUrl}${paths.account}?invite=${result.token}`
    await queueEmail(payload, logger, {
      task: 'sendStewardInvite',
      input: {
        to: body.email,
        sealedLink: sealSecret(link),
        ruleTitle: result.rule.title,
        inviter: member.displayName || 'A steward',
      },
    })
    res.status(202).json({ invitation: result.invitation })
  })

  const cancelInput = validate({ params: StewardParams })
  documentRoute('delete', '/api/rules/{idOrSlug}/invitations/{id}', {
    summary: 'Cancel a pending steward invitation (stewards)',
    member: true,
    responses: { 204: ok('Cancelled'), 403: errorResponse('not_a_steward'), 404: errorResponse('No such invitation') },
  })
  router.delete('/invitations/:id', requireMember, cancelInput, async (req, res) => {
    const { idOrSlug, id } = cancelInput.read(res).params
    const result = await cancelInvitation(payload, req.member!, idOrSlug, id)
    if (result === 'not-steward') throw notSteward('cancel invitations')
    if (result === 'not-found') throw notFound('No pending invitation has that id.')
    res.status(204).end()
  })

  const removeInput = validate({ params: StewardParams })
  documentRoute('delete', '/api/rules/{idOrSlug}/stewards/{id}', {
    summary: 'Remove a steward (stewards; never the last one)',
    member: true,
    responses: {
      204: ok('Removed'),
      403: errorResponse('not_a_steward'),
      404: errorResponse('Unknown rule or steward'),
      409: errorResponse('last_steward'),
    },
  })
  router.delete('/stewards/:id', requireMember, removeInput, async (req, res) => {
    const { idOrSlug, id } = removeInput.read(res).params
    const result = await removeSteward(payload, req.member!, idOrSlug, id)
    if (result === 'not-steward') throw notSteward('remove stewards')
    if (result === 'last-steward')
      throw new HttpError(
        409,
        'last_steward',
        'A rule always has a steward: invite another one before you remove the last one, or withdraw the rule.',
      )
    if (result === 'not-found') throw notFound('That rule has no such steward.')
    res.status(204).end()
  })

  return router
}

/** Accepting an emailed steward invitation. Mounted at /api/steward-invitations. */
export function invitationsRouter({ payload }: AppContext): Router {
  const router = Router()
  const acceptInput = validate({ body: AcceptInvitationBody })
  documentRoute('post', '/api/steward-invitations/accept', {
    summary: 'Accept a steward invitation (signed in with the invited email)',
    member: true,
    body: AcceptInvitationBody,
    responses: {
      200: ok('{ rule: { id, slug, title, url } }'),
      403: errorResponse('invitation_other_email'),
      404: errorResponse('invitation_invalid: unknown, used or expired'),
    },
  })
  router.post('/accept', requireMember, acceptInput, async (req, res) => {
    const result = await acceptInvitation(payload, req.member!, acceptInput.read(res).body.token)
    if (result.ok) return void res.json({ rule: result.rule })
    if (result.reason === 'other-email')
      throw new HttpError(
        403,
        'invitation_other_email',
        'This invitation was sent to another email address: sign in with that address to accept it.',
      )
    throw new HttpError(
      404,
      'invitation_invalid',
      'This invitation link has expired or was already used. Ask for a new one.',
    )
  })
  return router
}
