/**
 * The product as `npm start` runs it, on a fresh database, for Playwright:
 * - mail goes over real SMTP to an in-process sink that appends each message to .data/e2e-mail-<port>.jsonl
 *   ({to, subject, text}), where tests read sign-in codes;
 * - the database URL is written to .data/e2e-<port>.json so tests can compare pages with Postgres;
 * - CORS_ORIGINS allows http://localhost:<E2E_PORT+1>, the "other site" of the embed test.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './db'
import { createTestDatabase } from '../tests/support/postgres'
import { startSmtpSink } from '../tests/support/smtp-sink'

const dataDir = path.join(repoRoot, '.data')
mkdirSync(dataDir, { recursive: true })
const port = Number(process.env.E2E_PORT || 3100)
// Per-port files and site output, so e2e servers on different ports never share state.
const mailLog = path.join(dataDir, `e2e-mail-${port}.jsonl`)
writeFileSync(mailLog, '')

const smtp = await startSmtpSink(0, (mail) => {
  const text = mail.raw.split(/\r?\n\r?\n/).slice(1).join('\n\n')
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
writeFileSync(path.join(dataDir, `e2e-${port}.json`), JSON.stringify({ databaseUrl, mailLog, embedOrigin: `http://localhost:${port + 1}` }))
await import('./start')
