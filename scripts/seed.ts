/** `npm run seed`: upsert the template catalogue into the configured (or embedded) database. */
import { resolveDatabase } from '@communityrule/core/db'
import { migrateDatabase } from '../cms/lib/migrate'
import { payloadInstance } from '../cms/lib/payload'
import { seedMethodsLibrary, seedRuleTemplates } from '../cms/seed/index'

const db = await resolveDatabase()
const payload = await payloadInstance()
await migrateDatabase(payload)
const methods = await seedMethodsLibrary({ payload })
console.log(`seed: methods library: ${methods.created} added (existing methods are left as editors made them)`)
const result = await seedRuleTemplates({ payload })
console.log(`seed: templates: ${result.created} created, ${result.updated} updated`)
await payload.destroy()
await db.stop()
process.exit(0)
