/** `npm run migrate`: applies pending committed migrations to the configured (or embedded) database. */
import { resolveDatabase } from '@communityrule/core/db'
import { migrateDatabase } from '../cms/lib/migrate'
import { payloadInstance } from '../cms/lib/payload'

const db = await resolveDatabase()
const payload = await payloadInstance()
await migrateDatabase(payload)
console.log('migrate: database is up to date')
await payload.destroy()
await db.stop()
process.exit(0)
