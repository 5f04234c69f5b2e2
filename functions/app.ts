/**
 * Builds the Express app: BFF routes under /api, ops endpoints, the static site, and a proxy to the
 * Payload Next app for /admin and /cms-api — one origin, so the session cookie stays first-party.
 * Tests drive this with supertest; server.ts only listens.
 */
import express, { type Express } from 'express'
import helmet from 'helmet'
import { pinoHttp } from 'pino-http'
import type { AppContext } from './context'
import { apiNotFound, errorHandler } from './middleware/error-handler'
import { recordMetrics } from './middleware/record-metrics'
import { requestId } from './middleware/request-id'
import { mountCmsProxy } from './middleware/cms-proxy'
import { serveSite } from './middleware/serve-site'
import { opsRouter } from './routes/ops'
import { templatesRouter } from './routes/templates'

export const BODY_LIMIT = '512kb'

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
    }),
  )
  app.use(recordMetrics(context.metrics))

  // The admin UI sets its own headers (Next); everything else gets helmet's.
  if (context.env.CMS_INTERNAL_URL) mountCmsProxy(app, context.env.CMS_INTERNAL_URL)

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  )

  app.use(opsRouter(context))
  app.use('/api', express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] }))
  app.use('/api/templates', templatesRouter(context))
  app.use('/api', apiNotFound)

  serveSite(app, context.env.SITE_DIR)
  app.use(errorHandler)
  return app
}
