/**
 * Failure drill: two BFF instances (this process and a child process) on one PostgreSQL. Idempotency
 * holds across them — a double-submitted publish whose retries land on both instances makes exactly
 * one rule — and two site-build workers in separate processes never build at once (the advisory lock
 * in site/publish.ts): each pending page is built by exactly one of them. Rate limits across
 * instances are covered by rate-limit.int.test.ts.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, startTestBff } from '../support/bff'
import { startChildBff } from '../support/child-bff'
import { query } from '../support/postgres'

let a: Awaited<ReturnType<typeof startTestBff>>
let b: Awaited<ReturnType<typeof startChildBff>>
const siteDir = mkdtempSync(path.join(tmpdir(), 'cr-drill-scale-'))

beforeAll(async () => {
  a = await startTestBff('drillscale', { SITE_DIR: siteDir, CR_SITE_BUILD_KICK: 'false' })
  b = await startChildBff({
    DATABASE_URL: a.databaseUrl,
    SMTP_URL: a.smtp.url,
    SITE_DIR: siteDir,
    CR_SITE_BUILD_KICK: 'false',
  })
})
afterAll(async () => {
  await b?.stop()
  await a?.stop()
  rmSync(siteDir, { recursive: true, force: true })
})

const document = (title: string) => ({
  title,
  sections: [{ id: 'values', kind: 'values', title: 'Values', body: 'Care.' }],
})

const publish = (origin: string, cookie: string, key: string, title: string) =>
  fetch(`${origin}/api/rules`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': key },
    body: JSON.stringify({ title, document: document(title) }),
  }).then(async (response) => ({
    status: response.status,
    replayed: response.headers.get('idempotent-replayed'),
    body: await response.json(),
  }))

describe('drill: two BFF instances, one database', () => {
  it('makes exactly one rule from concurrent retries of one Idempotency-Key split across both instances', async () => {
    const { cookie } = await signIn(a, 'double-click@example.org')
    const key = `drill-scale-${Date.now()}`
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => publish(i % 2 ? b.origin : a.origin, cookie, key, 'Split Brain Rule')),
    )

    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    expect(responses.filter((r) => r.replayed !== 'true')).toHaveLength(1) // one did the work, nine replayed it
    expect(new Set(responses.map((r) => r.body.rule.id)).size).toBe(1)
    const { rows } = await query<{ n: number }>(
      a.databaseUrl,
      "select count(*)::int as n from rules where title = 'Split Brain Rule'",
    )
    expect(rows[0]!.n).toBe(1)

    // The same key with another body is refused on either instance.
    for (const origin of [a.origin, b.origin]) {
      const other = await publish(origin, cookie, key, 'Another Rule')
      expect(other.status).toBe(409)
      expect(other.body.error.code).toBe('idempotency_mismatch')
    }
  })

  it('never runs two site builds at once: two worker processes build each pending page exactly once', async () => {
    // 1,500 pending rules straight into Postgres (no hooks), so a build takes long enough to overlap.
    const member = await a.payload.create({
      collection: 'members',
      data: { email: 'bulk@example.org' },
      overrideAccess: true,
    })
    const values: unknown[] = []
    const rows: string[] = []
    for (let i = 0; i < 1500; i++) {
      const base = values.length
      values.push(
        `Bulk rule ${i}`,
        `bulk-rule-${i}`,
        member.id,
        JSON.stringify(document(`Bulk rule ${i}`)),
        new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      )
      rows.push(`($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}::jsonb, $${base + 5}, false)`)
    }
    await query(
      a.databaseUrl,
      `insert into rules (title, slug, owner_id, document, published_at, hidden) values ${rows.join(',')}`,
      values,
    )

    const runWorker = () =>
      new Promise<{ startedAt: number; finishedAt: number; built: string[] }>((resolve, reject) => {
        const child = spawn('npx', ['tsx', path.join(import.meta.dirname, 'drill-site-worker.ts')], {
          cwd: path.resolve(import.meta.dirname, '..', '..'),
          env: {
            ...process.env,
            DATABASE_URL: a.databaseUrl,
            SITE_DIR: siteDir,
            CR_JOBS_AUTORUN: 'false',
            CR_SITE_BUILD_KICK: 'false',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        })
        let out = ''
        child.stdout.on('data', (chunk) => (out += chunk))
        child.once('exit', (code) => {
          const done = out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
              try {
                return JSON.parse(line)
              } catch {
                return {}
              }
            })
            .find((event) => event.event === 'done')
          if (code === 0 && done) resolve(done)
          else reject(new Error(`site worker exited with ${code}: ${out}`))
        })
      })
    const [one, two] = await Promise.all([runWorker(), runWorker()])

    // Both ran during the same window, yet each pending page was built by exactly one of them.
    expect(Math.max(one.startedAt, two.startedAt)).toBeLessThan(Math.min(one.finishedAt, two.finishedAt))
    const built = [...one.built, ...two.built].filter((slug) => slug.startsWith('bulk-rule-'))
    expect(built).toHaveLength(1500)
    expect(new Set(built).size).toBe(1500)
    expect(Math.min(one.built.length, two.built.length)).toBe(0) // the second found nothing left to do
    const pending = await query<{ n: number }>(
      a.databaseUrl,
      'select count(*)::int as n from rules where built_at is null',
    )
    expect(pending.rows[0]!.n).toBe(0)
    expect(readFileSync(path.join(siteDir, 'rules', 'bulk-rule-1499', 'index.html'), 'utf8')).toContain(
      'Bulk rule 1499',
    )
  }, 120_000)
})
