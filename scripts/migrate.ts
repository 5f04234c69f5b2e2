/** Applies pending committed migrations (`npm run migrate`; also run by `npm start` before serving). */
import type { Payload } from 'payload'

export async function migrateDatabase(payload: Payload): Promise<void> {
  const { migrations } = await import('../cms/migrations/index')
  // The generated index's element type is narrower than the adapter's Migration type.
  await payload.db.migrate({ migrations: migrations as never })
}

// Run as a script. import.meta.filename names this source file even inside a bundle (scripts/build-server.mjs).
if (process.argv[1] === import.meta.filename) {
  const { resolveDatabase } = await import('@communityrule/core/db')
  const { payloadInstance } = await import('../cms/lib/payload')
  const db = await resolveDatabase()
  const payload = await payloadInstance()
  await migrateDatabase(payload)
  console.log('migrate: database is up to date')
  await payload.destroy()
  await db.stop()
  process.exit(0)
}
