/**
 * Builds the Express app: BFF routes under /api, ops endpoints, the static site, and a proxy to the
 * Payload Next app for /admin and /cms-api — one origin, so the session cookie stays first-party.
 * Tests drive this with supertest; server.ts only listens.
 */
import express, { type Express } from 'express'
import helmet from 'helmet'
import { config as zodConfig, locales } from 'zod'
import { pinoHttp } from 'pino-http'
import type { AppContext } from './context'
import { apiNotFound, errorHandler } from './middleware/error-handler'
import { recordMetrics } from './middleware/record-metrics'
import { requestId } from './middleware/request-id'
import { mountCmsProxy } from './middleware/cms-proxy'
import { cmsApiGuard } from './middleware/cms-api-guard'
import { serveSite } from './middleware/serve-site'
import { corsForEmbeds } from './middleware/cors'
import { csrfGuard } from './middleware/csrf'
import { loadSession } from './middleware/session'
import { createLimiters } from './lib/rate-limit'
import { documentRoute, ok, openApiDocument } from './openapi'
import { accountRouter } from './routes/account'
import { authRouter } from './routes/auth'
import { draftsRouter } from './routes/drafts'
import { methodsRouter } from './routes/methods'
import { opsRouter } from './routes/ops'
import { previewRouter } from './routes/preview'
import { reportsRouter } from './routes/reports'
import { rulesRouter } from './routes/rules'
import { ruleVersionsRouter } from './routes/rule-versions'
import { invitationsRouter, stewardshipRouter } from './routes/stewardship'
import { sessionsRouter } from './routes/sessions'
import { templatesRouter } from './routes/templates'
import { vitalsRouter } from './routes/vitals'

export const BODY_LIMIT = '512kb'

// The shared schemas are zod/mini (light for the browser); on the server, load zod's English messages
// so every built-in check explains itself in the error details.
zodConfig(locales.en())

export function createApp(context: AppContext): Express {
  const app = express()
  app.disable('x-powered-by')
  // One reverse proxy hop (the load balancer) is trusted for the client IP; never `true`.
  app.set('trust proxy', 1)

  app.use(requestId)
  app.use(
    pinoHttp({
      logger: context.logger,
      genReqId: (req) => req.id,
      customProps: (req) => ({ requestId: req.id }),
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // Server errors (ours or Payload's behind the proxy) are logged as errors.
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  )
  app.use(recordMetrics(context.metrics))

  const limiters = createLimiters(context)
  // The admin UI sets its own headers (Next); everything else gets helmet's.
  if (context.env.CMS_INTERNAL_URL) mountCmsProxy(app, context.env.CMS_INTERNAL_URL, cmsApiGuard(context.env, limiters))

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          // Site search runs Pagefind's WebAssembly (site/assets/search.js).
          'script-src': ["'self'", "'wasm-unsafe-eval'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      // Helmet's default, no-referrer, makes Chromium send `Origin: null` with a form post even to our
      // own origin, which the origin check must refuse: the report form (no JavaScript) needs the
      // browsers' own default, which sends our origin to us and only the origin elsewhere.
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  )

  app.use(opsRouter(context))
  app.use('/api', corsForEmbeds(context.env), csrfGuard(context.env))
  app.use('/api/web-vitals', vitalsRouter(context, limiters))
  app.use('/api', express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] }))
  documentRoute('get', '/api/openapi.json', { summary: 'This document', responses: { 200: ok('OpenAPI 3.1') } })
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument(context.env.publicUrl))
  })
  app.use('/api/templates', templatesRouter(context))
  app.use('/api/methods', methodsRouter(context))
  app.use('/api', loadSession(context))
  app.use('/api/auth/sessions', sessionsRouter(context))
  app.use('/api/auth', authRouter(context, limiters))
  app.use('/api/drafts', draftsRouter(context, limiters))
  app.use('/api/account', accountRouter(context, limiters))
  app.use('/api/rules/:idOrSlug/reports', reportsRouter(context, limiters))
  app.use('/api/rules/:idOrSlug/versions', ruleVersionsRouter(context, limiters))
  app.use('/api/rules/:idOrSlug', stewardshipRouter(context, limiters))
  app.use('/api/steward-invitations', invitationsRouter(context))
  app.use('/api/rules', rulesRouter(context, limiters))
  app.use('/api', apiNotFound)

  app.use('/preview', previewRouter(context))
  serveSite(app, context.env.SITE_DIR)
  app.use(errorHandler)
  return app
}
