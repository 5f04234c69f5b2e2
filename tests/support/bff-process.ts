/**
 * A BFF in a process of its own (not a test file): what tests/support/child-bff.ts spawns. Wired like
 * the compiled server (scripts/prod/server.ts), from source.
 *
 *   DATABASE_URL=… PORT=… npx tsx tests/support/bff-process.ts
 */
import { enableSiteBuilds } from '../../site/publisher'
import { startServer } from '../../functions/server'

enableSiteBuilds()
const running = await startServer()
const shutdown = async () => {
  await running.close()
  await running.context.payload.destroy().catch(() => {})
  process.exit(0)
}
process.once('SIGTERM', shutdown)
process.once('SIGINT', shutdown)
