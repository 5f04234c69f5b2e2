/** Provides a PostgreSQL server to the integration tests (see tests/support/postgres.ts). */
import path from 'node:path'

let stop: (() => Promise<void>) | undefined

export default async function setup() {
  if (process.env.TEST_PG_ADMIN_URL) return
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL
    return
  }
  const { startEmbeddedPostgres, repoRoot } = await import('../../scripts/db')
  const db = await startEmbeddedPostgres(path.join(repoRoot, '.data', 'test-postgres'), 'postgres')
  process.env.TEST_PG_ADMIN_URL = db.url
  stop = db.stop
  return async () => {
    await stop?.()
  }
}
