/**
 * Boots Payload for one test file on a fresh database with migrations applied. Must be called before
 * anything imports the Payload config, because the config reads DATABASE_URL at import time.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { createTestDatabase } from './postgres'

export async function bootPayload(
  label: string,
  env: Record<string, string> = {},
): Promise<{ payload: Payload; databaseUrl: string }> {
  const databaseUrl = env.DATABASE_URL ?? (await createTestDatabase(label))
  process.env.DATABASE_URL = databaseUrl
  process.env.CR_JOBS_AUTORUN = process.env.CR_JOBS_AUTORUN ?? 'false'
  // Site builds triggered by publishes write to this file's own directory, never the repo's site/_site.
  process.env.SITE_DIR = process.env.SITE_DIR ?? mkdtempSync(path.join(tmpdir(), `cr-site-${label}-`))
  Object.assign(process.env, env)
  const { payloadInstance } = await import('../../cms/lib/payload')
  const { enableSiteBuilds } = await import('../../site/publisher')
  enableSiteBuilds()
  const { migrateDatabase } = await import('../../cms/lib/migrate')
  const payload = await payloadInstance()
  await migrateDatabase(payload)
  return { payload, databaseUrl }
}
