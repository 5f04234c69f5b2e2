/**
 * `node dist/server.mjs`: the BFF alone, compiled — API, /metrics, the static site and the proxy to
 * CMS_INTERNAL_URL when set; no migrations, no site build, no admin. `npm run bench` measures it.
 * dist/start.mjs is the whole product.
 */
import { requireServerEnv } from './env'

requireServerEnv()
const { startServer } = await import('../../functions/server')
const { enableSiteBuilds } = await import('../../site/publisher')
enableSiteBuilds()
const running = await startServer()
running.context.logger.info({ port: running.port }, 'BFF listening')
const shutdown = async () => {
  running.context.logger.info('shutting down')
  await running.close()
  await running.context.payload.destroy().catch(() => {})
  process.exit(0)
}
process.once('SIGTERM', shutdown)
process.once('SIGINT', shutdown)
