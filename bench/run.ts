/**
 * `npm run bench`: the figures of SPEC §6, each measured side by side in one run on this machine, and
 * printed as one table (ratios against a peer or a baseline, not absolute times).
 *
 *   GET /api/templates   our BFF vs Payload's own REST endpoint for the same data (`next start` of cms/,
 *                        hit directly on its port), one process each, same autocannon settings.
 *   POST /api/rules      signed-in members publishing through the BFF (unique Idempotency-Key per
 *                        request, site builds queued and run as in production) vs raw single-row
 *                        INSERTs with node-postgres on the same PostgreSQL at the same concurrency.
 *   BFF RSS              peak resident memory of the BFF process (/proc/<pid>/status) under that load.
 *   Site                 bench/site.ts (full build of 10,000 rules, publish→live, bytes per page) and
 *                        the JavaScript each page type downloads (components/build.mjs).
 *
 *   npm run bench [-- --duration 10 --connections 10 --rounds 2 --members 200 --skip-site]
 *
 * Profiling: BENCH_BFF_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' adds node flags to the BFF.
 *
 * PostgreSQL: TEST_PG_ADMIN_URL or DATABASE_URL (a fresh `cr_t_bench_*` database is created there),
 * else postgres://postgres@127.0.0.1:5432/test when it answers, else an embedded server.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @ts-expect-error autocannon ships no types (and @types/autocannon is not installed)
import autocannon from 'autocannon'
import pg from 'pg'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const DURATION = arg('duration', 10)
const CONNECTIONS = arg('connections', 10)
const ROUNDS = arg('rounds', 2)
const MEMBERS = arg('members', 200)
const WARMUP = 2
const SKIP_SITE = process.argv.includes('--skip-site')
/** Diagnostic: run the BFF without site builds (no job runner, no kick) to isolate the HTTP path. */
const NO_SITE_BUILDS = process.argv.includes('--no-site-builds')

const repoRoot = path.resolve(import.meta.dirname, '..')
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// ---------------------------------------------------------------- database
async function reachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const { freePort, startEmbeddedPostgres } = await import('@communityrule/core/db')
let stopEmbedded: (() => Promise<void>) | undefined
let adminUrl = process.env.TEST_PG_ADMIN_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
if (!(await reachable(adminUrl))) {
  log('no PostgreSQL at the admin URL: starting an embedded one under .data/bench-postgres')
  const db = await startEmbeddedPostgres(path.join(repoRoot, '.data', 'bench-postgres'), 'postgres')
  adminUrl = db.url
  stopEmbedded = db.stop
}
process.env.TEST_PG_ADMIN_URL = adminUrl
// Databases of this run (ours and bench/site.ts's) share a prefix and are dropped at the end.
process.env.TEST_RUN_ID ??= `bench${Date.now().toString(36)}`
const { createTestDatabase, dropRunDatabases } = await import('../tests/support/postgres')
const databaseUrl = await createTestDatabase('bench')
// Production requires real mail delivery (codes are never logged there): an in-process SMTP sink.
const { startSmtpSink } = await import('../tests/support/smtp-sink')
const smtp = await startSmtpSink()
// Production mode for both servers; the secrets only have to be long enough.
const benchEnv: Record<string, string> = {
  DATABASE_URL: databaseUrl,
  SMTP_URL: smtp.url,
  NODE_ENV: 'production',
  SESSION_SECRET: 'bench-session-secret-0123456789abcdef0123456789',
  PAYLOAD_SECRET: 'bench-payload-secret-0123456789abcdef0123456789',
  NEXT_TELEMETRY_DISABLED: '1',
}
Object.assign(process.env, benchEnv, { CR_JOBS_AUTORUN: 'false', CR_SITE_BUILD_KICK: 'false' })
log(`database ${new URL(databaseUrl).pathname.slice(1)} on ${new URL(adminUrl).host}`)

const { payloadInstance } = await import('../cms/lib/payload')
const { migrateDatabase } = await import('../cms/lib/migrate')
const { seedRuleTemplates } = await import('../cms/seed/index')
const { createSession } = await import('@communityrule/core/data/sessions')
const payload = await payloadInstance()
payload.logger.level = 'warn'
await migrateDatabase(payload)
await seedRuleTemplates({ payload })

// Members with sessions, as the OTP flow would leave them. The publish limit is 30/h per member, so
// the load is spread round-robin over MEMBERS of them (capacity MEMBERS × 30 publishes).
const cookies: string[] = []
for (let i = 0; i < MEMBERS; i++) {
  const member = await payload.create({
    collection: 'members',
    data: { email: `bench${i}@example.org` },
    overrideAccess: true,
    depth: 0,
  })
  const token = await createSession(
    payload,
    { id: String(member.id), email: member.email, displayName: null },
    { userAgent: 'bench' },
  )
  cookies.push(`cr_session=${token}`)
}
log(`${MEMBERS} members signed in`)

// ---------------------------------------------------------------- processes
type Server = { name: string; origin: string; child: ChildProcess; stderr: string[]; stop: () => Promise<void> }

async function startServer(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; port: number; readyPath: string },
): Promise<Server> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'pipe'] })
  const stderr: string[] = []
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString())
    if (stderr.length > 50) stderr.shift()
  })
  const origin = `http://127.0.0.1:${options.port}`
  for (const deadline = Date.now() + 120_000; ; await sleep(250)) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr.join('')}`)
    if (Date.now() > deadline) throw new Error(`${name} did not become ready: ${stderr.join('')}`)
    const response = await fetch(`${origin}${options.readyPath}`).catch(() => undefined)
    if (response?.ok) break
  }
  return {
    name,
    origin,
    child,
    stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
      }),
  }
}

const siteDir = mkdtempSync(path.join(tmpdir(), 'cr-bench-bff-site-'))
const bffPort = await freePort()
const nextPort = await freePort()
const childEnv: NodeJS.ProcessEnv = { ...process.env, ...benchEnv }
delete childEnv.CR_JOBS_AUTORUN // production defaults: jobs run in the BFF, publishes kick site builds
delete childEnv.CR_SITE_BUILD_KICK
const bffEnv: Record<string, string> = NO_SITE_BUILDS ? { CR_JOBS_AUTORUN: 'false', CR_SITE_BUILD_KICK: 'false' } : {}
log('compiling the server (dist/server.mjs, the BFF as deployed) and starting it and Payload’s Next app')
execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: repoRoot, stdio: 'ignore' })
const startBff = (port: number, extra: Record<string, string>) =>
  startServer(
    'BFF',
    process.execPath,
    [...(process.env.BENCH_BFF_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'dist/server.mjs'],
    {
      cwd: repoRoot,
      env: {
        ...childEnv,
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SITE_DIR: siteDir,
        LOG_LEVEL: 'info',
        ...extra,
      },
      port,
      readyPath: '/api/ready',
    },
  )
let [bff, next] = await Promise.all([
  startBff(bffPort, bffEnv),
  startServer(
    'Next',
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-p',
      String(nextPort),
      '-H',
      '127.0.0.1',
    ],
    {
      cwd: path.join(repoRoot, 'cms'),
      env: childEnv,
      port: nextPort,
      readyPath: '/cms-api/rule-templates?limit=1&depth=0',
    },
  ),
])

// RSS of the BFF process itself (not of a wrapper): sampled from /proc throughout.
let rssPeakMb = 0
let sampling = true
const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
const idleRssMb = rssOf(bff.child.pid!)
const sampler = (async () => {
  while (sampling) {
    try {
      rssPeakMb = Math.max(rssPeakMb, rssOf(bff.child.pid!))
    } catch {
      // process gone
    }
    await sleep(200)
  }
})()

// ---------------------------------------------------------------- GET /api/templates vs Payload REST
const PAYLOAD_REST = '/cms-api/rule-templates?where[_status][equals]=published&sort=sortOrder&limit=100&depth=0'
const ours = await (await fetch(`${bff.origin}/api/templates`)).json()
const theirs = await (await fetch(`${next.origin}${PAYLOAD_REST}`)).json()
if (ours.templates.length !== theirs.docs.length || ours.templates.length === 0) {
  throw new Error(`not the same data: BFF ${ours.templates.length} templates, Payload REST ${theirs.docs.length}`)
}
log(`same data: ${ours.templates.length} published templates from both`)

type Run = {
  rps: number
  p99: number
  p50: number
  non2xx: number
  errors: number
  total: number
  statusCodes: Record<string, number>
}
async function cannon(label: string, options: Record<string, unknown>, seconds = DURATION): Promise<Run> {
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options })
  const statusCodes = Object.fromEntries(
    Object.entries(
      (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
    ).map(([code, s]) => [code, s.count]),
  )
  const run = {
    rps: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
    statusCodes,
  }
  log(
    `${label}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.total} requests, status ${JSON.stringify(statusCodes)}, errors ${run.errors}`,
  )
  return run
}

const templateRuns: { bff: Run[]; rest: Run[] } = { bff: [], rest: [] }
for (let round = 1; round <= ROUNDS; round++) {
  await cannon('warm-up BFF', { url: `${bff.origin}/api/templates` }, WARMUP)
  templateRuns.bff.push(await cannon(`round ${round} BFF GET /api/templates`, { url: `${bff.origin}/api/templates` }))
  await cannon('warm-up Payload REST', { url: `${next.origin}${PAYLOAD_REST}` }, WARMUP)
  templateRuns.rest.push(
    await cannon(`round ${round} Payload REST GET ${PAYLOAD_REST}`, { url: `${next.origin}${PAYLOAD_REST}` }),
  )
}
await next.stop() // free the CPU for the write benchmarks

// ---------------------------------------------------------------- POST /api/rules vs raw INSERT
const document = {
  title: 'Bench rule',
  summary: 'How the bench community decides.',
  community: { name: 'Bench community', description: 'People who measure things.' },
  sections: [
    { id: 'values', kind: 'values', title: 'What we value', body: 'Measure, do not guess. '.repeat(20) },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How we decide',
      body: 'By consent within seven days. '.repeat(20),
      modules: [{ id: 'consent', name: 'Consent' }],
    },
  ],
}
let sequence = 0
const runId = Date.now().toString(36)
const publishRequest = {
  method: 'POST' as const,
  path: '/api/rules',
  setupRequest: (request: Record<string, unknown>) => {
    const n = sequence++
    return {
      ...request,
      headers: {
        'content-type': 'application/json',
        cookie: cookies[n % cookies.length]!,
        'idempotency-key': `bench-${runId}-${n}`,
      },
      body: JSON.stringify({ title: `Bench rule ${n}`, document: { ...document, title: `Bench rule ${n}` } }),
    }
  },
}
await cannon('warm-up POST /api/rules', { url: bff.origin, requests: [publishRequest] }, WARMUP)
const publish = await cannon('BFF POST /api/rules', { url: bff.origin, requests: [publishRequest] })
let bffStderr = bff.stderr.join('')
// The same load on a BFF without site builds (no job runner, no kick): isolates the HTTP path.
let publishNoBuilds: Run | undefined
let rssPeakApiOnlyMb: number | undefined
if (!NO_SITE_BUILDS) {
  await bff.stop()
  const rssPeakWithBuilds = rssPeakMb
  rssPeakMb = 0
  bff = await startBff(await freePort(), { CR_JOBS_AUTORUN: 'false', CR_SITE_BUILD_KICK: 'false' })
  await cannon('warm-up POST /api/rules (site builds off)', { url: bff.origin, requests: [publishRequest] }, WARMUP)
  publishNoBuilds = await cannon('BFF POST /api/rules (site builds off)', {
    url: bff.origin,
    requests: [publishRequest],
  })
  bffStderr += bff.stderr.join('')
  rssPeakApiOnlyMb = rssPeakMb
  rssPeakMb = rssPeakWithBuilds
}
sampling = false
await sampler
await bff.stop()

const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS })
await pool.query(`create table bench_raw_inserts (
  id uuid primary key default gen_random_uuid(), slug varchar unique not null, title varchar not null,
  document jsonb not null, published_at timestamptz not null default now())`)
const documentJson = JSON.stringify(document)
let inserts = 0
const insertLatencies: number[] = []
const stopAt = performance.now() + DURATION * 1000
await Promise.all(
  Array.from({ length: CONNECTIONS }, async (_, worker) => {
    for (let n = 0; performance.now() < stopAt; n++) {
      const t0 = performance.now()
      await pool.query('insert into bench_raw_inserts (slug, title, document) values ($1, $2, $3::jsonb)', [
        `raw-${worker}-${n}`,
        `Raw ${n}`,
        documentJson,
      ])
      insertLatencies.push(performance.now() - t0)
      inserts++
    }
  }),
)
const rulesStored = (
  await pool.query<{ n: number }>("select count(*)::int as n from rules where title like 'Bench rule %'")
).rows[0]!.n
await pool.end()
insertLatencies.sort((a, b) => a - b)
const raw = { rps: inserts / DURATION, p99: insertLatencies[Math.floor(insertLatencies.length * 0.99)]! }
log(`raw INSERT: ${raw.rps.toFixed(0)} rows/s, p99 ${raw.p99.toFixed(1)} ms (${CONNECTIONS} connections)`)
await payload.destroy()

// ---------------------------------------------------------------- site and bundle (other benches)
async function runLines(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (out += chunk))
    child.once('exit', (code) =>
      resolve([...out.split('\n').filter(Boolean), ...(code ? [`(exited with ${code})`] : [])]),
    )
  })
}
let siteLines: string[] = []
if (SKIP_SITE) log('site bench skipped (--skip-site)')
else if (!existsSync(path.join(repoRoot, 'bench', 'site.ts'))) log('bench/site.ts not found: site figures skipped')
else {
  log('running bench/site.ts (10,000 rules)…')
  siteLines = await runLines(process.execPath, ['--import', 'tsx', 'bench/site.ts'], {
    ...process.env,
    DATABASE_URL: '',
    CR_SITE_BUILD_KICK: '',
    CR_JOBS_AUTORUN: '',
    NODE_ENV: 'development',
  })
  for (const line of siteLines) log(`  ${line}`)
}
const componentLines = await runLines(process.execPath, ['components/build.mjs'])
for (const line of componentLines) log(`  ${line}`)

rmSync(siteDir, { recursive: true, force: true })
await smtp.stop().catch(() => {})
await dropRunDatabases().catch((err: Error) => log(`could not drop the bench databases: ${err.message}`))
await stopEmbedded?.()

// ---------------------------------------------------------------- the table
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const find = (lines: string[], re: RegExp) => lines.map((line) => re.exec(line)).find(Boolean) ?? undefined
const bffRps = mean(templateRuns.bff.map((r) => r.rps))
const restRps = mean(templateRuns.rest.map((r) => r.rps))
const fullBuild = find(siteLines, /full build (\d+) HTML pages \((\d+) rule pages\).* (\d+) rule pages\/s/)
// The first "p50 …, p95 …" of each line is end to end; the builds' own work follows in brackets.
const latency = (step: string) => find(siteLines, new RegExp(`${step}→\\S+ .*? p50 (\\d+) ms, p95 (\\d+) ms`))
const live = latency(': publish')
const amendmentLive = latency('amendment')
const withdrawalGone = latency('withdrawal')
const templateLive = latency('template publish')
const rulePage = find(siteLines, /rule page HTML\+CSS\s+([\d.]+) KB gz.*JS (\d+) B gz/)
// components/build.mjs prints one `page <name>: …` line per page type (components/budget.mjs).
const createPage = find(
  componentLines,
  /page create: initial [\d.]+ KB, first view ([\d.]+) KB.*full journey ([\d.]+) KB/,
)
const embedPage = find(componentLines, /page embed: initial [\d.]+ KB, first view ([\d.]+) KB/)
const vitals = find(componentLines, /page content: initial ([\d.]+) KB/)

type Row = [figure: string, ours: string, peer: string, ratio: string, goal: string, ok: boolean | undefined]
const ok = (value: number, pass: (v: number) => boolean) => (Number.isFinite(value) ? pass(value) : undefined)
/** A publish→live step's row: p50 / p95 from the bench's end-to-end figure, goal p95 ≤ 2 s. */
const latencyRow = (figure: string, match: RegExpExecArray | undefined): Row => [
  figure,
  match ? `${match[1]} / ${match[2]}` : 'n/a',
  '',
  '',
  'p95 ≤ 2,000',
  ok(Number(match?.[2]), (v) => v <= 2000),
]
const rows: Row[] = [
  [
    'GET /api/templates req/s (BFF vs Payload REST)',
    bffRps.toFixed(0),
    restRps.toFixed(0),
    `${(bffRps / restRps).toFixed(2)}×`,
    '≥ 2×',
    ok(bffRps / restRps, (v) => v >= 2),
  ],
  [
    'GET /api/templates p99 ms (BFF vs Payload REST)',
    mean(templateRuns.bff.map((r) => r.p99)).toFixed(0),
    mean(templateRuns.rest.map((r) => r.p99)).toFixed(0),
    '',
    '',
    undefined,
  ],
  [
    'POST /api/rules /s vs raw INSERT /s',
    publish.rps.toFixed(0),
    raw.rps.toFixed(0),
    `${(publish.rps / raw.rps).toFixed(2)}×`,
    '≥ 0.25×',
    ok(publish.rps / raw.rps, (v) => v >= 0.25) && publish.non2xx === 0,
  ],
  ['POST /api/rules p99 ms vs INSERT p99 ms', String(publish.p99), raw.p99.toFixed(1), '', '', undefined],
  ...(publishNoBuilds
    ? ([
        [
          '  same, site builds off (diagnostic) /s',
          publishNoBuilds.rps.toFixed(0),
          raw.rps.toFixed(0),
          `${(publishNoBuilds.rps / raw.rps).toFixed(2)}×`,
          '≥ 0.25×',
          ok(publishNoBuilds.rps / raw.rps, (v) => v >= 0.25),
        ],
        ['  same, site builds off, p99 ms', String(publishNoBuilds.p99), raw.p99.toFixed(1), '', '', undefined],
      ] as Row[])
    : []),
  [
    'BFF RSS peak under load, MB (idle)',
    `${rssPeakMb.toFixed(0)} (${idleRssMb.toFixed(0)})`,
    '',
    '',
    '≤ 150',
    ok(rssPeakMb, (v) => v <= 150),
  ],
  ...(rssPeakApiOnlyMb !== undefined
    ? ([
        [
          '  same, API only (site builds off), MB',
          rssPeakApiOnlyMb.toFixed(0),
          '',
          '',
          '≤ 150',
          ok(rssPeakApiOnlyMb, (v) => v <= 150),
        ],
      ] as Row[])
    : []),
  [
    'Site full build, rule pages/s at 10,000 rules',
    fullBuild?.[3] ?? 'n/a',
    '',
    '',
    '≥ 2,000',
    ok(Number(fullBuild?.[3]), (v) => v >= 2000),
  ],
  latencyRow('Publish → live p50 / p95 ms (10,000 rules)', live),
  latencyRow('Amendment → live p50 / p95 ms (10,000 rules)', amendmentLive),
  latencyRow('Withdrawal → gone p50 / p95 ms (10,000 rules)', withdrawalGone),
  latencyRow('Template publish → live p50 / p95 ms (10,000 rules)', templateLive),
  ['Rule page HTML+CSS KB gz', rulePage?.[1] ?? 'n/a', '', '', '≤ 30', ok(Number(rulePage?.[1]), (v) => v <= 30)],
  [
    'Rule page JS B gz (web-vitals beacon)',
    rulePage?.[2] ?? 'n/a',
    '',
    '',
    '≤ 3,072',
    ok(Number(rulePage?.[2]), (v) => v <= 3072),
  ],
  [
    'Create page JS KB gz, first visit (full journey)',
    createPage ? `${createPage[1]} (${createPage[2]})` : 'n/a',
    '',
    '',
    '≤ 30',
    ok(Number(createPage?.[1]), (v) => v <= 30),
  ],
  [
    'Embed: cr.js + create flow, first view KB gz',
    embedPage?.[1] ?? 'n/a',
    '',
    '',
    '≤ 30',
    ok(Number(embedPage?.[1]), (v) => v <= 30),
  ],
  ['Web-vitals beacon (vitals.js) KB gz', vitals?.[1] ?? 'n/a', '', '', '≤ 3', ok(Number(vitals?.[1]), (v) => v <= 3)],
]
const header: Row = ['figure', 'ours', 'peer / baseline', 'ratio', 'goal', undefined]
const cells = (row: Row) => [
  row[0],
  row[1],
  row[2],
  row[3],
  row[4],
  row === header ? 'ok' : row[5] === undefined ? '' : row[5] ? 'yes' : 'NO',
]
const widths = cells(header).map((_, i) => Math.max(...[header, ...rows].map((row) => cells(row)[i]!.length)))
const line = (row: Row) =>
  `| ${cells(row)
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join(' | ')} |`
console.log(
  `\nCommunityRule bench — ${new Date().toISOString()} — ${(await import('node:os')).cpus().length} CPUs, node ${process.version}`,
)
console.log(
  `autocannon ${CONNECTIONS} connections × ${DURATION}s (+${WARMUP}s warm-up), ${ROUNDS} rounds for templates; one BFF process and one Next process; raw INSERTs on ${CONNECTIONS} pg connections\n`,
)
console.log(line(header))
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
for (const row of rows) console.log(line(row))
console.log(
  `\npublishes: ${publish.total} requests, status ${JSON.stringify(publish.statusCodes)}${publishNoBuilds ? ` (+${publishNoBuilds.total} with site builds off, status ${JSON.stringify(publishNoBuilds.statusCodes)})` : ''}, ${rulesStored} bench rules stored in all; errors ${publish.errors}`,
)
if (publish.non2xx || publish.errors) console.log(`BFF stderr (tail):\n${bffStderr.slice(-2000)}`)
process.exit(0)
