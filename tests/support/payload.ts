/**
 * Boots Payload for one test file on a fresh database with migrations applied. Must be called before
 * anything imports the Payload config, because the config reads DATABASE_URL at import time.
 */
import type { Payload } from 'payload'
import { createTestDatabase } from './postgres'

export async function bootPayload(label: string, env: Record<string, string> = {}): Promise<{ payload: Payload; databaseUrl: string }> {
  const databaseUrl = env.DATABASE_URL ?? (await createTestDatabase(label))
  process.env.DATABASE_URL = databaseUrl
  process.env.CR_JOBS_AUTORUN = process.env.CR_JOBS_AUTORUN ?? 'false'
  Object.assign(process.env, env)
  const { payloadInstance } = await import('../../cms/lib/payload')
  const { migrateDatabase } = await import('../../scripts/migrate')
  const payload = await payloadInstance()
  await migrateDatabase(payload)
  return { payload, databaseUrl }
}
