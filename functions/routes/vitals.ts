import express, { Router } from 'express'
import { WebVitalsBody } from '@communityrule/core/schema/api'
import type { AppContext } from '../context'
import { clientKey, rateLimit, type Limiters } from '../lib/rate-limit'
import { validateBody } from '../middleware/validate'

/**
 * Real-user web vitals from navigator.sendBeacon (≤ 8 KB, ≤ 20 metrics). They feed prom-client
 * histograms and the log drain, and are never written to the product database or to disk.
 */
export function vitalsRouter({ metrics, logger }: AppContext, limiters: Limiters): Router {
  const router = Router()
  router.post(
    '/',
    // sendBeacon may send text/plain; its own small limit, before the API-wide 512 KB parser.
    express.json({ limit: '8kb', type: ['application/json', 'text/plain'] }),
    validateBody(WebVitalsBody),
    rateLimit(limiters.vitalsPerIp, (req) => clientKey(req.ip)),
    (_req, res) => {
      const { page, metrics: samples } = res.locals.body as WebVitalsBody
      for (const sample of samples) {
        metrics.webVitals.observe({ metric: sample.name, page, rating: sample.rating ?? 'unknown' }, sample.value)
      }
      logger.debug({ page, samples }, 'web-vitals')
      res.status(204).end()
    },
  )
  return router
}
