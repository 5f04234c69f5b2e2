/**
 * The product as production runs it: the output of `npm run build` started with plain node
 * (`node dist/start.mjs`, NODE_ENV=production, as `npm run start:prod` and the Docker CMD do) on a
 * fresh PostgreSQL database, with the production configuration (long secrets, SMTP to an in-process
 * sink). It serves the site, the admin and the API, publishes a rule to a live page through the
 * compiled job runner, and never loads a TypeScript loader. dist/migrate.mjs prepares the database
 * first (and a rule is planted, so the start-up build renders rule pages on the compiled workers).
 *
 * The build is reused when this run already made it (`npm test` runs `npm run build` before the
 * tests; the admin's `next build` alone takes 50–70 s); what is missing or stale is made here. The
 * server bundle is compiled again regardless (esbuild, under a second), so this never runs stale
 * server code.
 * That every package the bundles import is a production dependency is checked by
 * scripts/build-server.mjs against package-lock.json; to see it run, point PRODUCTION_ROOT at a copy
 * of the built tree installed with `npm ci --omit=dev` (as the Docker image is made, see
 * docs/ops-backend-deploy.md): the same checks then run there, and nothing is built.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminIsCurrent, buildAdmin } from '../../scripts/build-admin'
import { freePort, repoRoot } from '@communityrule/core/db'
import { createTestDatabase, query } from '../support/postgres'
import { startSmtpSink } from '../support/smtp-sink'

const appRoot = process.env.PRODUCTION_ROOT ? path.resolve(process.env.PRODUCTION_ROOT) : repoRoot
const preload = path.join(repoRoot, 'tests', 'support', 'module-log.mjs')
const scratch = mkdtempSync(path.join(tmpdir(), 'cr-production-'))
const moduleLog = path.join(scratch, 'modules.log')
const siteDir = path.join(scratch, 'site')
const planted = 'planted-before-start'

let smtp: Awaited<ReturnType<typeof startSmtpSink>>
let child: ChildProcess
let output = ''
let origin: string
let exited: Promise<number | null>

/** Runs a command in the repository; rejects with its output when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { cwd: appRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let text = ''
    proc.stdout.on('data', (chunk) => (text += chunk))
    proc.stderr.on('data', (chunk) => (text += chunk))
    proc.once('error', reject)
    proc.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${text}`)),
    )
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms\n${output}`)
    await sleep(250)
  }
}

/** Pids of every process below `pid` (Next, and anything it starts). */
function descendants(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so split after the last ')'.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid
      } catch {
        return false // gone meanwhile
      }
    })
    .map(Number)
  return children.flatMap((child) => [child, ...descendants(child)])
}

/**
 * What `npm run build` makes, each part only when missing or stale (so the components are not
 * rebuilt under the feet of the tests running alongside), and the server bundle always.
 */
async function build(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'components', 'dist', 'cr.js')))
    await run(process.execPath, ['components/build.mjs'])
  if (!adminIsCurrent()) await buildAdmin()
  await run(process.execPath, ['scripts/build-server.mjs'])
}
const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)

beforeAll(async () => {
  if (appRoot === repoRoot) await build() // (a PRODUCTION_ROOT is already built and installed)

  smtp = await startSmtpSink()
  const databaseUrl = await createTestDatabase('production')
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  // Production's environment only: nothing of this test process (no NODE_OPTIONS, no vitest variables).
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: origin,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: smtp.url,
    SMTP_FROM: 'CommunityRule <no-reply@production.test>',
    SITE_DIR: siteDir,
    LOG_LEVEL: 'warn',
    CR_MODULE_LOG: moduleLog,
  }

  expect(await run(process.execPath, ['dist/migrate.mjs'], env)).toContain('migrate: database is up to date')
  const { rows } = await query<{ id: string }>(
    databaseUrl,
    "insert into members (email) values ('planted@production.test') returning id",
  )
  const document = {
    title: 'Planted before start',
    sections: [{ id: 'values', kind: 'values', title: 'Values', body: 'Built by the start-up build.' }],
  }
  await query(
    databaseUrl,
    'insert into rules (title, slug, owner_id, document, published_at) values ($1, $2, $3, $4::jsonb, now())',
    [document.title, planted, rows[0]!.id, JSON.stringify(document)],
  )

  const t0 = Date.now()
  child = spawn(process.execPath, ['--import', preload, 'dist/start.mjs'], {
    cwd: appRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  exited = new Promise((resolve) => child.once('exit', resolve))
  await Promise.race([
    waitFor('the URLs', async () => (output.includes('CommunityRule is running') ? true : undefined), 120_000),
    exited.then((code) => Promise.reject(new Error(`dist/start.mjs exited with ${code}:\n${output}`))),
  ])
  console.log(`production start: URLs printed ${((Date.now() - t0) / 1000).toFixed(1)} s after node dist/start.mjs`)
}, 400_000)

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL')
    for (const pid of descendants(child.pid!)) process.kill(pid, 'SIGKILL')
  }
  await smtp?.stop().catch(() => {})
  rmSync(scratch, { recursive: true, force: true })
})

describe('node dist/start.mjs (NODE_ENV=production)', () => {
  it('runs on plain node: no tsx on any command line', () => {
    const main = cmdline(child.pid!)
    expect(main.slice(1)).toEqual(['--import', preload, 'dist/start.mjs'])
    expect(readFileSync(`/proc/${child.pid}/environ`, 'utf8')).not.toMatch(/tsx/)
    const others = descendants(child.pid!).map((pid) => cmdline(pid).join(' '))
    expect(others.some((line) => line.startsWith('next-server'))).toBe(true) // `next start` names its process so
    for (const line of [main.join(' '), ...others]) expect(line).not.toMatch(/tsx/)
  })

  it('is ready and serves template and rule pages built at start', async () => {
    expect((await fetch(`${origin}/api/ready`)).status).toBe(200)
    const { templates } = (await (await fetch(`${origin}/api/templates`)).json()) as {
      templates: Array<{ slug: string; title: string }>
    }
    expect(templates.length).toBeGreaterThan(0) // seeded into the empty database
    const templatePage = await fetch(`${origin}/templates/${templates[0]!.slug}/`)
    expect(templatePage.status).toBe(200)
    expect(await templatePage.text()).toContain(templates[0]!.title)
    const rulePage = await fetch(`${origin}/rules/${planted}/`)
    expect(rulePage.status).toBe(200)
    expect(await rulePage.text()).toContain('Planted before start')
    expect((await fetch(`${origin}/rules/${planted}/rule.md`)).status).toBe(200)
  })

  it('answers /admin (the first visit leads to creating the first user)', async () => {
    const response = await fetch(`${origin}/admin`, { redirect: 'manual' })
    if (response.status === 200) return
    expect(response.status).toBeGreaterThanOrEqual(300)
    expect(response.status).toBeLessThan(400)
    expect(response.headers.get('location')).toMatch(/\/admin\/(create-first-user|login)/)
  })

  it('signs in with an emailed code and publishes a rule that goes live', async () => {
    const email = 'author@production.test'
    const headers = { 'content-type': 'application/json', origin }
    const since = smtp.messages.length
    const requested = await fetch(`${origin}/api/auth/otp/request`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email }),
    })
    expect(requested.status).toBe(202)
    const mail = await smtp.waitForMail(email, { since })
    const verified = await fetch(`${origin}/api/auth/otp/verify`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email, code: mail.code }),
    })
    expect(verified.status).toBe(200)
    const cookie = verified.headers
      .getSetCookie()
      .find((line) => line.startsWith('cr_session='))!
      .split(';')[0]!

    const document = {
      title: 'Compiled publish',
      sections: [{ id: 'values', kind: 'values', title: 'Values', body: 'Published on the compiled server.' }],
    }
    const published = await fetch(`${origin}/api/rules`, {
      method: 'POST',
      headers: { ...headers, cookie, 'idempotency-key': `production-${Date.now()}` },
      body: JSON.stringify({ title: document.title, document }),
    })
    expect(published.status).toBe(201)
    const { rule } = (await published.json()) as { rule: { slug: string; url: string } }
    const page = await waitFor('the published page', async () => {
      const response = await fetch(`${origin}${rule.url}`)
      return response.ok ? response.text() : undefined
    })
    expect(page).toContain('Compiled publish')
    const live = (await (await fetch(`${origin}/api/rules/${rule.slug}`)).json()) as { rule: { live: boolean } }
    expect(live.rule.live).toBe(true)
  }, 60_000)

  it('stops cleanly on SIGTERM, having loaded neither tsx nor any TypeScript file', async () => {
    const others = descendants(child.pid!)
    child.kill('SIGTERM')
    expect(await Promise.race([exited, sleep(20_000).then(() => 'still running')])).toBe(0)
    for (const pid of others) expect(existsSync(`/proc/${pid}`)).toBe(false)

    const modules = readFileSync(moduleLog, 'utf8').split('\n').filter(Boolean)
    expect(modules.some((line) => line.endsWith('/dist/start.mjs'))).toBe(true)
    expect(modules.some((line) => line.endsWith('/dist/render-worker.mjs'))).toBe(true) // the start-up build's workers
    expect(modules.some((line) => line.includes('/node_modules/@11ty/eleventy/'))).toBe(true) // the log is complete
    expect(modules.filter((line) => /[\\/]tsx[\\/]|\.[cm]?tsx?(\?|$)/.test(line))).toEqual([])
  }, 30_000)
})
