/**
 * `node dist/migrate.mjs`: applies pending migrations to DATABASE_URL and exits — the release step
 * of docs/ops-backend-deploy.md §3, with the production image (no tsx, no dev dependency).
 * `npm run migrate` is the same from source, for development.
 */
import { requireDatabaseUrl } from './env'

requireDatabaseUrl()
const { payloadInstance } = await import('../../cms/lib/payload')
const { migrateDatabase } = await import('../../cms/lib/migrate')
const payload = await payloadInstance()
await migrateDatabase(payload)
console.log('migrate: database is up to date')
await payload.destroy()
process.exit(0)
