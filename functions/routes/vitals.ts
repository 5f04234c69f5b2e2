import express, { Router } from 'express'
import { WebVitalsBody } from '@communityrule/core/schema/api'
import type { AppContext } from '../context'
import { clientKey, rateLimit, type Limiters } from '../lib/rate-limit'
import { validate } from '../middleware/validate'
import { documentRoute, ok } from '../openapi'

/**
 * Real-user web vitals from navigator.sendBeacon (≤ 8 KB, ≤ 20 metrics). They feed prom-client
 * histograms and the log drain, and are never written to the product database or to disk.
 */
export function vitalsRouter({ metrics, logger }: AppContext, limiters: Limiters): Router {
  const router = Router()
  const input = validate({ body: WebVitalsBody })
  documentRoute('post', '/api/web-vitals', {
    summary: 'Web vitals beacon',
    body: WebVitalsBody,
    responses: { 204: ok('Recorded') },
  })
  router.post(
    '/',
    // sendBeacon may send text/plain; its own small limit, before the API-wide 512 KB parser.
    express.json({ limit: '8kb', type: ['application/json', 'text/plain'] }),
    input,
    rateLimit(limiters.vitalsPerIp, (req) => clientKey(req.ip)),
    (_req, res) => {
      const { page, metrics: samples } = input.read(res).body
      for (const sample of samples) {
        metrics.webVitals.observe({ metric: sample.name, page, rating: sample.rating ?? 'unknown' }, sample.value)
      }
      logger.debug({ page, samples }, 'web-vitals')
      res.status(204).end()
    },
  )
  return router
}
