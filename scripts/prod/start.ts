/**
 * The production start: `npm run start:prod` = `node dist/start.mjs` (the Docker CMD), compiled by
 * scripts/build-server.mjs from what `npm run build` made — plain node, no TypeScript loader, no dev
 * dependency, nothing built at run time but the static site. In order: check the configuration
 * (NODE_ENV defaults to production; DATABASE_URL, the secrets and SMTP_URL are required), connect to
 * PostgreSQL, apply pending migrations, seed the template catalogue into an empty database, start the
 * Payload admin (`next start`) on an internal port, build the whole static site meanwhile, start the
 * BFF on PORT, and print the URLs once the admin answers too. SIGTERM/SIGINT stop both cleanly.
 * `npm start` (scripts/start.ts) is the development counterpart: embedded PostgreSQL, builds what is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'
import { config } from '@communityrule/core/config'
import { portProblem } from '@communityrule/core/db'
import { log, stage } from '@communityrule/core/progress'
import { describeDatabase, requireServerEnv } from './env'

requireServerEnv()
// The public port next: taken, it is one sentence now, not a stack trace once all else has started.
const portTaken = await portProblem(config().PORT, 'npm run start:prod')
if (portTaken) {
  process.stderr.write(`${portTaken}\n`)
  process.exit(1)
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const cmsDir = path.join(repoRoot, 'cms')
const databaseUrl = config().DATABASE_URL!

// What `npm run build` makes; this start builds none of it.
const missing = [
  ['cms/.next/BUILD_ID', 'the CMS admin'],
  ['components/dist/cr.js', 'the web components'],
  ['dist/render-worker.mjs', 'the server'],
].filter(([file]) => !existsSync(path.join(repoRoot, file!)))
if (missing.length) {
  process.stderr.write(
    `Not built: ${missing.map(([file, what]) => `${what} (${file})`).join(', ')}. Run \`npm run build\` first.\n`,
  )
  process.exit(1)
}

type Server = Awaited<ReturnType<typeof import('../../functions/server').startServer>>
/** What has started so far, for stop(). */
const running: { payload?: Payload; next?: ChildProcess; nextExited?: Promise<number | null>; server?: Server } = {}
let stopping = false

/** Stops whatever has started (also on SIGTERM/SIGINT during start-up), then exits with `code`. */
async function stop(code: number): Promise<void> {
  if (stopping) return
  stopping = true
  log('stop', 'shutting down')
  running.next?.kill('SIGTERM')
  // Requests in flight get 5 s; then every connection is cut (functions/server.ts).
  await running.server?.close()
  if (running.nextExited) await Promise.race([running.nextExited, sleep(10_000)])
  await running.payload?.destroy().catch(() => {})
  log('stop', code === 0 ? 'stopped cleanly' : 'stopped')
  process.exit(code)
}
process.once('SIGINT', () => void stop(0))
process.once('SIGTERM', () => void stop(0))

try {
  await stage('database', `connecting to ${describeDatabase(databaseUrl)}`, () => checkConnection(databaseUrl))
} catch (err) {
  log('database', (err as Error).message)
  process.exit(1)
}

try {
  const { payloadInstance } = await import('../../cms/lib/payload')
  const { migrateDatabase } = await import('../../cms/lib/migrate')
  const { emptyCatalogues, seedCatalogues } = await import('../../cms/seed/index')
  const { collectSkippedPages } = await import('../../cms/lib/events')
  const { startServer } = await import('../../functions/server')
  const { enableSiteBuilds } = await import('../../site/publisher')

  enableSiteBuilds()
  const payload = await stage('payload', 'booting Payload', () => payloadInstance({ cron: true }))
  running.payload = payload
  await stage('migrate', 'applying migrations', () => migrateDatabase(payload))
  const empty = await emptyCatalogues(payload)
  if (empty.length) {
    await stage('seed', `seeding the ${empty.join(' and the ')} (empty)`, () =>
      seedCatalogues({ payload, only: empty }),
    )
  }

  // The admin starts (it needs the migrated schema) while the site builds.
  const cmsPort = await freePort()
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  log('admin', `starting Payload admin (next start) on ${cmsUrl}`)
  // Next's own entry on this node, not a shell wrapper, so SIGTERM reaches the server itself.
  const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next')
  const next = spawn(process.execPath, [nextBin, 'start', '-p', String(cmsPort), '-H', '127.0.0.1'], {
    cwd: cmsDir,
    // `next start -p` sets PORT to the internal port: without the public origin spelled out, Payload's
    // serverURL and csrf allow-list would be http://localhost:<internal port> and refuse editors' cookies.
    env: { ...process.env, PUBLIC_URL: config().publicUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  running.next = next
  running.nextExited = new Promise((resolve) => next.once('exit', resolve))
  void running.nextExited.then((code) => {
    if (!stopping) log('admin', `Next exited with code ${code}; /admin is unavailable until restart`)
  })

  // Pages the start-up build skips are counted in /metrics once the BFF (and its registry) is up.
  const skippedAtStart = collectSkippedPages()
  await stage('site', 'building the static site', async () => {
    const { buildSite } = await import('../../site/build')
    await buildSite({ payload })
  })
  const server = await stage('bff', 'starting the BFF', () => startServer({ CMS_INTERNAL_URL: cmsUrl }))
  running.server = server
  for (const kind of skippedAtStart()) server.context.metrics.sitePageFailures.inc({ kind })
  await stage('admin', 'waiting for the admin to answer', () => waitForPort(cmsPort, running.nextExited!))

  const base = server.context.env.publicUrl
  process.stdout.write(`
  CommunityRule is running (production).

    Site        ${base}/
    Create      ${base}/create/
    CMS admin   ${base}/admin          (first visit: create the first editor account)
    API health  ${base}/api/health
    Database    ${describeDatabase(databaseUrl)}

`)
} catch (err) {
  log('start', `failed: ${(err as Error).stack ?? err}`)
  await stop(1)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** One connection to DATABASE_URL, so an unreachable database is one clear line, not a Payload stack trace. */
async function checkConnection(url: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
    await client.query('select 1')
  } catch (err) {
    throw new Error(
      `cannot connect to ${describeDatabase(url)}: ${(err as Error).message || (err as { code?: string }).code}`,
    )
  } finally {
    await client.end().catch(() => {})
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Resolves once something accepts connections on `port`; rejects if Next exits first or after 60 s. */
async function waitForPort(port: number, exited: Promise<number | null>): Promise<void> {
  let gone = false
  void exited.then(() => (gone = true))
  for (const deadline = Date.now() + 60_000; ;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (gone) throw new Error('Next exited before it answered')
    if (Date.now() > deadline) throw new Error('Next did not answer within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
