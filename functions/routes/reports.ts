import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express'
import { z } from 'zod'
import { ReportRuleBody, Slug } from '@communityrule/core/schema/api'
import { paths } from '@communityrule/core/paths'
import { createReport } from '@communityrule/core/data/reports'
import type { AppContext } from '../context'
import { HttpError } from '../lib/http-error'
import { clientKey, consumePoint, type Limiters } from '../lib/rate-limit'
import { validate } from '../middleware/validate'
import { findRule } from '../services/rules'
import { documentRoute, errorResponse, ok } from '../openapi'

const ReportParams = z.object({ idOrSlug: z.string().min(1).max(200) })

/** A plain HTML form post (the rule page's "Report this rule", which works without JavaScript). */
const isFormPost = (req: Request) => Boolean(req.is('application/x-www-form-urlencoded'))

/**
 * Visitors report a rule: no account, no cookie. Mounted at /api/rules/:idOrSlug/reports. JSON in,
 * JSON out; a form post gets the same validation and answers 303 back to the rule page, whose
 * `#report-sent` / `#report-invalid` / `#report-limited` message shows by CSS `:target` alone.
 */
export function reportsRouter({ payload }: AppContext, limiters: Limiters): Router {
  const router = Router({ mergeParams: true })
  const input = validate({ params: ReportParams, body: ReportRuleBody })

  documentRoute('post', '/api/rules/{idOrSlug}/reports', {
    summary:
      'Report a rule to the editors (no account needed; also accepts an HTML form post, answered with 303 to the rule page)',
    body: ReportRuleBody,
    responses: {
      201: ok('{ ok: true }'),
      303: ok('Form posts (application/x-www-form-urlencoded): back to the rule page, #report-sent|invalid|limited'),
      400: errorResponse('validation_failed'),
      404: errorResponse('Unknown or hidden rule'),
      429: errorResponse('rate_limited: 5 reports per rule and 20 in all per client per hour'),
    },
  })
  router.post(
    '/',
    express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 10 }),
    (req, res, next) => {
      if (!isFormPost(req)) return next()
      // Where a form post goes back to when it fails before the rule is known (the form names its slug).
      const { idOrSlug } = req.params as { idOrSlug?: string }
      if (idOrSlug && Slug.safeParse(idOrSlug).success) res.locals.reportSlug = idOrSlug
      // An empty textarea is no note.
      if (req.body && typeof req.body === 'object' && req.body.note === '') delete req.body.note
      next()
    },
    async (req, res, next) => {
      await consumePoint(limiters.reportPerIp, clientKey(req.ip) ?? 'unknown', req, res, TOO_MANY)
      next()
    },
    input,
    async (req, res) => {
      const { params, body } = input.read(res)
      const rule = await findRule(payload, params.idOrSlug)
      res.locals.reportSlug = rule.slug
      const client = clientKey(req.ip)
      await consumePoint(limiters.reportPerIpPerRule, `${client ?? 'unknown'}:${rule.id}`, req, res, TOO_MANY)
      await createReport(payload, { rule: rule.id, body, clientKey: client })
      req.log?.info({ rule: rule.id, reason: body.reason }, 'rule reported')
      res.setHeader('Cache-Control', 'no-store')
      if (isFormPost(req)) return void res.redirect(303, paths.ruleReported(rule.slug))
      res.status(201).json({ ok: true })
    },
  )
  router.use(formErrors)
  return router
}

const TOO_MANY = 'You have sent many reports. Please wait an hour and try again.'

/** A failed form post goes back to the rule page with a message; JSON callers get the error contract. */
const formErrors: ErrorRequestHandler = (err, req, res: Response, next) => {
  const slug = res.locals.reportSlug as string | undefined
  if (!isFormPost(req) || !slug || !(err instanceof HttpError) || res.headersSent) return next(err)
  res.setHeader('Cache-Control', 'no-store')
  // Unknown or hidden meanwhile: the page itself says so (404, or 410 with the editors' reason).
  if (err.status === 404) return res.redirect(303, paths.rule(slug))
  if (err.status === 429) return res.redirect(303, paths.ruleReported(slug, 'limited'))
  if (err.status === 400) return res.redirect(303, paths.ruleReported(slug, 'invalid'))
  next(err)
}
