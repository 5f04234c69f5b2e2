import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/** Reads rows straight from the database the e2e server uses, to compare with what pages show. */
export async function dbQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { databaseUrl } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', '.data', 'e2e.json'), 'utf8'))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}
