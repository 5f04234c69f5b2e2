/**
 * The product as `npm start` runs it, on a fresh database, for Playwright:
 * - mail goes over real SMTP to an in-process sink that appends each message to .data/e2e-mail-<port>.jsonl
 *   ({to, subject, text}), where tests read sign-in codes;
 * - the database URL is written to .data/e2e-<port>.json so tests can compare pages with Postgres;
 * - CORS_ORIGINS allows http://localhost:<E2E_PORT+1>, the "other site" of the embed test;
 * - before the product starts, rules no build can render are planted straight in Postgres (UNBUILDABLE_SLUGS),
 *   so every e2e run also shows that one bad record never stops `npm start` or the site.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '@communityrule/core/db'
import pg from 'pg'
import { createTestDatabase } from '../tests/support/postgres'
import { startSmtpSink } from '../tests/support/smtp-sink'

const dataDir = path.join(repoRoot, '.data')
mkdirSync(dataDir, { recursive: true })
const port = Number(process.env.E2E_PORT || 3100)
// Per-port files and site output, so e2e servers on different ports never share state.
const mailLog = path.join(dataDir, `e2e-mail-${port}.jsonl`)
writeFileSync(mailLog, '')

const smtp = await startSmtpSink(0, (mail) => {
  const text = mail.raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n')
  appendFileSync(mailLog, JSON.stringify({ to: mail.to[0], subject: mail.subject, text }) + '\n')
})

const databaseUrl = await createTestDatabase('e2e')
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  PORT: String(port),
  PUBLIC_URL: `http://localhost:${port}`,
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  SMTP_URL: smtp.url,
  SMTP_FROM: 'CommunityRule <no-reply@e2e.local>',
  CORS_ORIGINS: process.env.CORS_ORIGINS || `http://localhost:${port + 1}`,
  SITE_DIR: path.join(dataDir, `e2e-site-${port}`),
})
writeFileSync(
  path.join(dataDir, `e2e-${port}.json`),
  JSON.stringify({ databaseUrl, mailLog, embedOrigin: `http://localhost:${port + 1}` }),
)

// The tables exist once migrations ran; start.ts reuses this Payload instance (cron on, as it asks).
const { payloadInstance } = await import('../cms/lib/payload')
const { migrateDatabase } = await import('../cms/lib/migrate')
await migrateDatabase(await payloadInstance({ cron: true }))
await plantUnbuildableRules(databaseUrl)
await import('./start')

/** A slug that once broke every build, and a document that is not a RuleDocument (see site.e2e.ts). */
async function plantUnbuildableRules(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: string }>(
      "insert into members (email) values ('planted@e2e.local') returning id",
    )
    const insert = `insert into rules (title, slug, owner_id, document, published_at) values ($1, $2, $3, $4::jsonb, now())`
    const valid = { title: 'Planted', sections: [{ id: 'values', kind: 'values', title: 'Values' }] }
    await client.query(insert, ['Planted index', 'index.html', rows[0]!.id, JSON.stringify(valid)])
    await client.query(insert, ['Planted broken', 'planted-broken-document', rows[0]!.id, JSON.stringify({ title: 5 })])
  } finally {
    await client.end()
  }
}
