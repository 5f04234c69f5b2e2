/**
 * `npm start`: the whole product from a fresh clone. Starts (embedded) Postgres, applies migrations,
 * seeds an empty database, builds what is missing (components, site, CMS admin), starts the Payload
 * admin (Next) on an internal port and the BFF on PORT, then prints the URLs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from '../functions/env'
import { freePort, repoRoot, resolveDatabase } from './db'
import { log, stage } from './progress'
import { run } from './run'

// Configuration first: a production start without its secrets or SMTP stops before anything starts.
// DATABASE_URL may be unset here (the embedded database is started below).
try {
  parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'embedded' })
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`)
  process.exit(1)
}

const dev = process.argv.includes('--dev')
const children: ChildProcess[] = []

const db = await stage('database', process.env.DATABASE_URL ? 'connecting to DATABASE_URL' : 'starting embedded PostgreSQL', resolveDatabase)

const { payloadInstance } = await import('../cms/lib/payload')
const { migrateDatabase } = await import('./migrate')
const { hasNoTemplates, seedRuleTemplates } = await import('../cms/seed/index')

const payload = await stage('payload', 'booting Payload', () => payloadInstance({ cron: true }))
await stage('migrate', 'applying migrations', () => migrateDatabase(payload))
if (await hasNoTemplates(payload)) {
  await stage('seed', 'seeding the template catalogue (empty database)', () => seedRuleTemplates({ payload }))
}

const componentsBundle = path.join(repoRoot, 'components', 'dist', 'cr.js')
if (dev || !existsSync(componentsBundle)) {
  await stage('components', 'bundling web components', () => run('node', ['components/build.mjs']))
}
// Pages the start-up build skips are counted in /metrics once the BFF (and its registry) is up.
const { crEvents } = await import('../cms/lib/events')
const skippedAtStart: Array<'rule' | 'template'> = []
const recordSkipped = ({ kind }: { kind: 'rule' | 'template' }) => skippedAtStart.push(kind)
crEvents.on('site-page-failed', recordSkipped)
await stage('site', 'building the static site', async () => {
  const { buildSite } = await import('../site/build')
  await buildSite({ payload })
})

// Rebuild the admin when it is missing or the CMS sources changed since it was built.
const adminStamp = path.join(repoRoot, 'cms', '.next', 'cr-source-hash')
const cmsHash = sourceHash(path.join(repoRoot, 'cms'))
const adminCurrent = existsSync(path.join(repoRoot, 'cms', '.next', 'BUILD_ID')) && existsSync(adminStamp) && readFileSync(adminStamp, 'utf8') === cmsHash
if (!dev && !adminCurrent) {
  await stage('admin', 'building the CMS admin (after a change to cms/ only, about a minute)', () => run('npx', ['next', 'build'], { cwd: path.join(repoRoot, 'cms') }))
  writeFileSync(adminStamp, cmsHash)
}

const cmsPort = await freePort()
const cmsUrl = `http://127.0.0.1:${cmsPort}`
log('admin', `starting Payload admin (Next) on ${cmsUrl}`)
// The next binary directly (not through npx), so SIGTERM reaches the server itself.
const next = spawn(path.join(repoRoot, 'node_modules', '.bin', 'next'), [dev ? 'dev' : 'start', '-p', String(cmsPort), '-H', '127.0.0.1'], {
  cwd: path.join(repoRoot, 'cms'),
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'inherit', 'inherit'],
})
children.push(next)

const { startServer } = await import('../functions/server')
const server = await stage('bff', 'starting the BFF', () => startServer({ CMS_INTERNAL_URL: cmsUrl }))
crEvents.off('site-page-failed', recordSkipped)
for (const kind of skippedAtStart) server.context.metrics.sitePageFailures.inc({ kind })
const base = server.context.env.publicUrl

process.stdout.write(`
  CommunityRule is running.

    Site        ${base}/
    Create      ${base}/create/
    CMS admin   ${base}/admin          (first visit: create the first editor account)
    API health  ${base}/api/health
    Database    ${db.embedded ? 'embedded PostgreSQL (.data/postgres)' : 'DATABASE_URL'}

  Press Ctrl-C to stop.
`)

let stopping = false
async function shutdown() {
  if (stopping) return
  stopping = true
  log('stop', 'shutting down')
  for (const child of children) child.kill('SIGTERM')
  await server.close()
  await payload.destroy().catch(() => {})
  await db.stop()
  log('stop', 'stopped cleanly')
  process.exit(0)
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
next.once('exit', (code) => {
  if (!stopping) log('admin', `Next exited with code ${code}; /admin is unavailable until restart`)
})

/** A hash of every source file under `dir` (not build output), to tell when the admin is stale. */
function sourceHash(dir: string): string {
  const hash = createHash('sha256')
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.startsWith('.next') && !file.includes('node_modules') && /\.(tsx?|jsx?|mjs|scss|css|json)$/.test(file))
    .sort()
  for (const file of files) hash.update(file).update(readFileSync(path.join(dir, file)))
  return hash.digest('hex')
}

