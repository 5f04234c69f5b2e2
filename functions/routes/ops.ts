import { Router } from 'express'
import type { AppContext } from '../context'
import { bearerMatches } from '../lib/bearer'
import { checkReadiness } from '../services/readiness'
import { documentRoute, errorResponse, ok } from '../openapi'

/** Liveness, readiness and Prometheus metrics. */
export function opsRouter(context: AppContext): Router {
  const router = Router()

  // Liveness: no dependency is touched, so a DB outage never gets the process killed.
  documentRoute('get', '/api/health', { summary: 'Liveness', responses: { 200: ok('Process is up') } })
  router.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' })
  })

  documentRoute('get', '/api/ready', {
    summary: 'Readiness (database, Redis)',
    responses: { 200: ok('Ready'), 503: ok('A dependency is down') },
  })
  router.get('/api/ready', async (req, res) => {
    const report = await checkReadiness(context, req.log)
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : 'unavailable', checks: report.checks })
  })

  documentRoute('get', '/metrics', {
    summary: 'Prometheus metrics (bearer METRICS_TOKEN when set)',
    responses: { 200: ok('text/plain'), 401: errorResponse('Missing or wrong token') },
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
