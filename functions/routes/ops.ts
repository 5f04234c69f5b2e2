import { Router } from 'express'
import type { AppContext } from '../context'
import { bearerMatches } from '../lib/bearer'
import { checkReadiness } from '../services/readiness'

/** Liveness, readiness and Prometheus metrics. */
export function opsRouter(context: AppContext): Router {
  const router = Router()

  // Liveness: no dependency is touched, so a DB outage never gets the process killed.
  router.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' })
  })

  router.get('/api/ready', async (req, res) => {
    const report = await checkReadiness(context, req.log)
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : 'unavailable', checks: report.checks })
  })

  router.get('/metrics', async (req, res) => {
    const token = context.env.METRICS_TOKEN
    if (token && !bearerMatches(req.get('authorization'), token)) {
      res.status(401).json({
        error: { code: 'unauthorized', message: 'A valid metrics bearer token is required.', requestId: req.id },
      })
      return
    }
    await context.refreshGauges?.()
    res.type(context.metrics.registry.contentType).send(await context.metrics.registry.metrics())
  })

  return router
}
