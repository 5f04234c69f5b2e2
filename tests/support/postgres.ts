/**
 * Test databases on a real PostgreSQL: the server in TEST_PG_ADMIN_URL (set by scripts/test.ts or the
 * vitest global setup: DATABASE_URL when given, else an embedded cluster under .data/test-postgres).
 * Every test file gets a fresh, uniquely named database, so files run in parallel without sharing rows.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL
  if (!url)
    throw new Error('TEST_PG_ADMIN_URL is not set: run tests through `npm test` or vitest with the global setup')
  return url
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/** Databases of one `npm test` run share this prefix, so the run can drop them all at the end. */
export function runPrefix(): string {
  return `cr_t_${(process.env.TEST_RUN_ID ?? 'adhoc')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 12)}_`
}

export async function createTestDatabase(label: string): Promise<string> {
  const name = `${runPrefix()}${label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 20)}_${randomBytes(4).toString('hex')}`
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
  return withDatabase(adminUrl(), name)
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query<T>(sql, params)
  } finally {
    await client.end()
  }
}

/** Drops every database this run created (WITH (FORCE) ends leftover connections). */
export async function dropRunDatabases(): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1 || '%'",
      [runPrefix()],
    )
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`)
    return rows.length
  } finally {
    await client.end()
  }
}
