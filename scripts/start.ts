/**
 * `npm start`: the whole product from a fresh clone. Starts (embedded) Postgres, applies migrations,
 * seeds an empty database, builds what is missing (components, site, CMS admin), starts the Payload
 * admin (Next) on an internal port and the BFF on PORT, then prints the URLs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { config, parseServerConfig } from '@communityrule/core/config'
import { adminIsCurrent, buildAdmin } from './build-admin'
import { DatabaseStartError, freePort, portProblem, repoRoot, resolveDatabase } from '@communityrule/core/db'
import { log, stage } from '@communityrule/core/progress'
import { run } from './run'

// Configuration first: a production start without its secrets or SMTP stops before anything starts.
// DATABASE_URL may be unset here (the embedded database is started below).
try {
  parseServerConfig({ requireDatabaseUrl: false })
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`)
  process.exit(1)
}
// Then the one public port: taken, it is one sentence now, not a stack trace once all else has started.
const portTaken = await portProblem(config().PORT)
if (portTaken) {
  process.stderr.write(`${portTaken}\n`)
  process.exit(1)
}

const dev = process.argv.includes('--dev')
const children: ChildProcess[] = []
// However this process ends (a crash included), the admin's Next server does not outlive it.
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM')
})

const db = await stage(
  'database',
  config().DATABASE_URL ? 'connecting to DATABASE_URL' : 'starting embedded PostgreSQL',
  resolveDatabase,
).catch((err: unknown) => {
  // A database that cannot start is said in one sentence (what failed, what to do), not a stack trace.
  if (!(err instanceof DatabaseStartError)) throw err
  log('database', err.message)
  process.exit(1)
})

const { payloadInstance } = await import('../cms/lib/payload')
const { enableSiteBuilds } = await import('../site/publisher')
const { migrateDatabase } = await import('../cms/lib/migrate')
const { emptyCatalogues, seedCatalogues } = await import('../cms/seed/index')

enableSiteBuilds()
const payload = await stage('payload', 'booting Payload', () => payloadInstance({ cron: true }))
await stage('migrate', 'applying migrations', () => migrateDatabase(payload))
const empty = await emptyCatalogues(payload)
if (empty.length) {
  await stage('seed', `seeding the ${empty.join(' and the ')} (empty)`, () => seedCatalogues({ payload, only: empty }))
}

// The build's manifest lists every entry and chunk; an older build without it is rebuilt.
const componentsBundle = path.join(repoRoot, 'components', 'dist', 'manifest.json')
if (dev || !existsSync(componentsBundle)) {
  await stage('components', 'bundling web components', () => run('node', ['components/build.mjs']))
}
// Pages the start-up build skips are counted in /metrics once the BFF (and its registry) is up.
const { collectSkippedPages } = await import('../cms/lib/events')
const skippedAtStart = collectSkippedPages()
await stage('site', 'building the static site', async () => {
  const { buildSite } = await import('../site/build')
  await buildSite({ payload })
})

// Rebuild the admin when it is missing or stale: cms/ or package-lock.json changed since it was built.
if (!dev && !adminIsCurrent()) {
  await stage(
    'admin',
    'building the CMS admin (after a change to cms/ or the dependencies, about a minute)',
    buildAdmin,
  )
}

const cmsPort = await freePort()
const cmsUrl = `http://127.0.0.1:${cmsPort}`
log('admin', `starting Payload admin (Next) on ${cmsUrl}`)
// The next binary directly (not through npx), so SIGTERM reaches the server itself.
const next = spawn(
  path.join(repoRoot, 'node_modules', '.bin', 'next'),
  [dev ? 'dev' : 'start', '-p', String(cmsPort), '-H', '127.0.0.1'],
  {
    cwd: path.join(repoRoot, 'cms'),
    // `next start -p` sets PORT to the internal port: without the public origin spelled out, Payload's
    // serverURL and csrf allow-list would be http://localhost:<internal port> and refuse editors' cookies.
    env: { ...process.env, PUBLIC_URL: config().publicUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
)
children.push(next)

const { startServer } = await import('../functions/server')
const server = await stage('bff', 'starting the BFF', () => startServer({ CMS_INTERNAL_URL: cmsUrl })).catch(
  async (err: NodeJS.ErrnoException) => {
    // Taken since the check above: the same sentence; the exit hooks stop Next and the database.
    if (err.code !== 'EADDRINUSE') throw err
    log('bff', (await portProblem(config().PORT)) ?? `Port ${config().PORT} was taken while starting; try again.`)
    process.exit(1)
  },
)
for (const kind of skippedAtStart()) server.context.metrics.sitePageFailures.inc({ kind })
const base = server.context.env.publicUrl

process.stdout.write(`
  CommunityRule is running.

    Site        ${base}/
    Create      ${base}/create/
    CMS admin   ${base}/admin          (first visit: create the first editor account)
    API health  ${base}/api/health
    Database    ${db.embedded ? `embedded PostgreSQL, data in ${db.where}` : 'DATABASE_URL'}

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
