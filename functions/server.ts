/**
 * Starts the BFF: parse env, boot Payload (one instance per process), listen, and shut down
 * gracefully. Run by scripts/start.ts, the compiled servers (scripts/prod/, dist/) and the tests, which
 * also decide whether this process builds the site (site/publisher.ts).
 */
import type { AddressInfo } from 'node:net'
import { Redis } from 'ioredis'
import { crEvents } from '../cms/lib/events'
import { payloadInstance } from '../cms/lib/payload'
import { createApp } from './app'
import type { AppContext } from './context'
import { parseServerConfig } from '@communityrule/core/config'
import { createLogger } from './lib/logger'
import { createMetrics } from './lib/metrics'
import { queueDepthRefresher } from './services/job-queue'

export async function startServer(overrides: Record<string, string | undefined> = {}) {
  const env = parseServerConfig({ overrides })
  const logger = createLogger(env.LOG_LEVEL)
  const payload = await payloadInstance({ cron: true })
  const metrics = createMetrics()
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined
  redis?.on('error', (err) => logger.warn({ err: err.message }, 'redis error'))
  const context: AppContext = { env, payload, logger, metrics, redis }
  // Count email outcomes reported by the CMS email job running in this process.
  crEvents.on('otp-email-sent', () => metrics.otpSent.inc())
  crEvents.on('otp-email-failed', () => metrics.otpFailed.inc())
  crEvents.on('site-page-failed', ({ kind }) => metrics.sitePageFailures.inc({ kind }))
  context.refreshGauges = queueDepthRefresher(context)
  const app = createApp(context)
  const server = app.listen(env.PORT)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const port = (server.address() as AddressInfo).port
  // Stop accepting, let idle keep-alive sockets go at once and requests in flight finish; a client
  // that stalls longer than the grace period is cut, so shutdown never hangs on it.
  const close = async (graceMs = 5_000) => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    const cut = setTimeout(() => server.closeAllConnections(), graceMs)
    await closed
    clearTimeout(cut)
    redis?.disconnect()
  }
  return { app, server, port, context, close }
}
