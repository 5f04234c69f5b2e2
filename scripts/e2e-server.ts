/**
 * The product as `npm start` runs it, on a fresh database, for Playwright. Writes the database URL
 * to .data/e2e.json so tests can check what the pages show against what Postgres holds.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './db'
import { createTestDatabase } from '../tests/support/postgres'

const databaseUrl = await createTestDatabase('e2e')
process.env.DATABASE_URL = databaseUrl
process.env.PORT = process.env.E2E_PORT || '3100'
process.env.PUBLIC_URL = `http://localhost:${process.env.PORT}`
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'
mkdirSync(path.join(repoRoot, '.data'), { recursive: true })
writeFileSync(path.join(repoRoot, '.data', 'e2e.json'), JSON.stringify({ databaseUrl }))
await import('./start')
