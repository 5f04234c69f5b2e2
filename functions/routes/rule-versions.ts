import { Router } from 'express'
import { z } from 'zod'
import { AmendRuleBody } from '@communityrule/core/schema/api'
import {
  amendRule,
  currentVersionOf,
  findVersion,
  listVersions,
  VersionTaken,
} from '@communityrule/core/data/rule-versions'
import type { AppContext } from '../context'
import { HttpError, notFound } from '../lib/http-error'
import { idempotencyKey, requiredIfMatch } from '../lib/preconditions'
import { consumePoint, type Limiters } from '../lib/rate-limit'
import { requireMember } from '../middleware/session'
import { validate } from '../middleware/validate'
import { withIdempotency } from '../services/idempotency'
import { requestHash } from '../services/rules'
import { documentRoute, errorResponse, ok } from '../openapi'

const RuleParams = z.object({ idOrSlug: z.string().min(1).max(200) })
const VersionParams = RuleParams.extend({ number: z.coerce.number().int().min(1).max(1_000_000) })

const unknownRule = () => notFound('No published rule has that id or slug.')

/** Someone amended the rule first: the client learns which version is current and reloads it. */
const versionConflict = (currentVersion: number) =>
  new HttpError(
    412,
    'version_conflict',
    `This rule was amended while you were working: version ${currentVersion} is now current. Your changes are kept; compare them with the current version and publish again.`,
    [{ currentVersion }],
  )

/**
 * A rule's versions: the public list and each version, and amendments by its stewards. Mounted at
 * /api/rules/:idOrSlug/versions.
 */
export function ruleVersionsRouter({ payload, metrics }: AppContext, limiters: Limiters): Router {
  const router = Router({ mergeParams: true })

  const listInput = validate({ params: RuleParams })
  documentRoute('get', '/api/rules/{idOrSlug}/versions', {
    summary: "A rule's versions, newest first, with what changed and why",
    responses: {
      200: ok('{ items: [{ number, title, note, adoptedOn, adoptedBy, publishedAt, url }] }'),
      404: errorResponse('Unknown or hidden rule'),
    },
  })
  router.get('/', listInput, async (_req, res) => {
    const items = await listVersions(payload, listInput.read(res).params.idOrSlug)
    if (!items) throw unknownRule()
    res.setHeader('Cache-Control', 'no-cache')
    res.json({ items })
  })

  const oneInput = validate({ params: VersionParams })
  documentRoute('get', '/api/rules/{idOrSlug}/versions/{number}', {
    summary: 'One version of a rule, with its document',
    responses: { 200: ok('{ version }'), 404: errorResponse('Unknown rule or version') },
  })
  router.get('/:number', oneInput, async (_req, res) => {
    const { idOrSlug, number } = oneInput.read(res).params
    const version = await findVersion(payload, idOrSlug, number)
    if (!version) throw notFound('That rule has no such version.')
    // A version never changes once published.
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.json({ version })
  })

  const amendInput = validate({ params: RuleParams, body: AmendRuleBody })
  documentRoute('post', '/api/rules/{idOrSlug}/versions', {
    summary:
      'Amend a rule (stewards): If-Match with the version amended, and an Idempotency-Key. The new version becomes current',
    member: true,
    body: AmendRuleBody,
    responses: {
      201: ok('{ rule: { id, slug, url, version, versionUrl } }'),
      400: errorResponse('validation_failed, idempotency_key_required, invalid_if_match'),
      401: errorResponse('Not signed in'),
      403: errorResponse('not_a_steward'),
      404: errorResponse('Unknown or hidden rule'),
      409: errorResponse('idempotency_mismatch'),
      412: errorResponse('version_conflict: details [{ currentVersion }]'),
      428: errorResponse('if_match_required'),
      429: errorResponse('rate_limited (publishes and amendments share 30 an hour)'),
    },
  })
  router.post('/', requireMember, amendInput, async (req, res) => {
    const key = idempotencyKey(req)
    const expected = requiredIfMatch(
      req.get('if-match'),
      'rule version',
      'Send If-Match with the version you amended, so an amendment never overwrites one you have not seen.',
    )
    const { params, body } = amendInput.read(res)
    const member = req.member!
    let result
    try {
      result = await withIdempotency(
        payload,
        { key, member, route: 'POST /api/rules/:idOrSlug/versions', hash: requestHash({ ...params, expected, body }) },
        async (tx) => {
          const amended = await amendRule(payload, member, params.idOrSlug, expected, body, tx)
          if (amended.ok) return { status: 201, body: { rule: amended.rule } }
          if (amended.reason === 'version-conflict') throw versionConflict(amended.currentVersion)
          if (amended.reason === 'not-steward')
            throw new HttpError(403, 'not_a_steward', "Only this rule's stewards can amend it.")
          throw unknownRule()
        },
        () => consumePoint(limiters.publishPerMember, member.id, req, res),
      )
    } catch (err) {
      if (!(err instanceof VersionTaken)) throw err
      const current = await currentVersionOf(payload, params.idOrSlug)
      throw current === null ? unknownRule() : versionConflict(current)
    }
    if (!result.replayed) metrics.amendments.inc()
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true')
    res.status(result.status).json(result.body)
  })

  return router
}
