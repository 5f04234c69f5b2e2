/**
 * `npm test`: unit + integration tests (vitest) and end-to-end tests (Playwright in Debian's Chromium),
 * all against a real PostgreSQL: DATABASE_URL's server when set, else an embedded one.
 */
import path from 'node:path'
import { repoRoot, startEmbeddedPostgres } from '@communityrule/core/db'
import { run } from './run'

let stop: (() => Promise<void>) | undefined
if (!process.env.TEST_PG_ADMIN_URL) {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL
  } else {
    const db = await startEmbeddedPostgres(path.join(repoRoot, '.data', 'test-postgres'), 'postgres')
    process.env.TEST_PG_ADMIN_URL = db.url
    stop = db.stop
  }
}
// Tests create their own databases; nothing may fall back to the operator's DATABASE_URL.
delete process.env.DATABASE_URL
// Every database this run creates carries the run id, and is dropped at the end.
process.env.TEST_RUN_ID ??= `r${Date.now().toString(36)}`

let failed = false
// The production build, once for the whole run: the site build (integration tests) and the pages
// (e2e) need the component bundles, tests/int/production.int.test.ts runs the compiled server, and
// the e2e server reuses the admin build (skipped when cms/ is unchanged since the last one).
await run('npm', ['run', 'build'])
try {
  await run('npx', ['vitest', 'run'])
} catch {
  failed = true
}
if (!process.argv.includes('--no-e2e')) {
  try {
    await run('npx', ['playwright', 'test'])
  } catch {
    failed = true
  }
}
const { dropRunDatabases } = await import('../tests/support/postgres')
await dropRunDatabases().catch((err: Error) => console.warn(`could not drop test databases: ${err.message}`))
await stop?.()
process.exit(failed ? 1 : 0)
