import type { RequestHandler } from 'express'
import type { Metrics } from '../lib/metrics'

/** RED metrics per route pattern (never the raw URL, so slugs and ids do not explode cardinality). */
export function recordMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer()
    res.on('finish', () => {
      const route = req.route?.path
        ? `${req.baseUrl}${req.route.path}`
        : req.path.startsWith('/api')
          ? 'unmatched_api'
          : 'static'
      end({ method: req.method, route, status: String(res.statusCode) })
    })
    next()
  }
}
