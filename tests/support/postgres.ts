/**
 * Test databases on a real PostgreSQL: the server in TEST_PG_ADMIN_URL (set by scripts/test.ts or the
 * vitest global setup: DATABASE_URL when given, else an embedded cluster under .data/test-postgres).
 * Every test file gets a fresh, uniquely named database, so files run in parallel without sharing rows.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run tests through `npm test` or vitest with the global setup')
  return url
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export async function createTestDatabase(label: string): Promise<string> {
  const name = `cr_t_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(4).toString('hex')}`
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
  return withDatabase(adminUrl(), name)
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query<T>(sql, params)
  } finally {
    await client.end()
  }
}
