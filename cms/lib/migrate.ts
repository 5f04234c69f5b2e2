/** Applies pending committed migrations (`npm run migrate`; also run by `npm start` before serving). */
import type { Payload } from 'payload'

export async function migrateDatabase(payload: Payload): Promise<void> {
  const { migrations } = await import('../migrations/index')
  // The generated index's element type is narrower than the adapter's Migration type.
  await payload.db.migrate({ migrations: migrations as never })
}
