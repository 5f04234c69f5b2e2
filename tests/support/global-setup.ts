/**
 * Provides a PostgreSQL server to the integration tests (see tests/support/postgres.ts): the
 * TEST_PG_ADMIN_URL or DATABASE_URL server, else an embedded one. When vitest runs on its own (not
 * under `npm test`, which does the same), the databases the run creates are dropped at the end.
 */
import path from 'node:path'

export default async function setup() {
  let stop: (() => Promise<void>) | undefined
  if (!process.env.TEST_PG_ADMIN_URL) {
    if (process.env.DATABASE_URL) {
      process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL
    } else {
      const { startEmbeddedPostgres, repoRoot } = await import('@communityrule/core/db')
      const db = await startEmbeddedPostgres(path.join(repoRoot, '.data', 'test-postgres'), 'postgres')
      process.env.TEST_PG_ADMIN_URL = db.url
      stop = db.stop
    }
  }
  const ownRun = !process.env.TEST_RUN_ID
  if (ownRun) process.env.TEST_RUN_ID = `v${Date.now().toString(36)}`
  return async () => {
    if (ownRun) {
      const { dropRunDatabases } = await import('./postgres')
      await dropRunDatabases().catch(() => {})
    }
    await stop?.()
  }
}
