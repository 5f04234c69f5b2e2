/**
 * Failure drill: the process running a site build is SIGKILLed while it writes pages. No page may be
 * left half-written (pages are written to a temp file and renamed), the rules it was building must
 * not be marked live, the advisory lock must be released by PostgreSQL with the dead connection, and
 * the next run must build every pending page.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload } from '../support/payload'
import { query } from '../support/postgres'

const RULES = 4000
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-drill-kill-'))
let payload: Payload
let databaseUrl: string

beforeAll(async () => {
  ;({ payload, databaseUrl } = await bootPayload('drillkill', { SITE_DIR: outDir, CR_SITE_BUILD_KICK: 'false' }))
  const member = await payload.create({
    collection: 'members',
    data: { email: 'bulk@example.org' },
    overrideAccess: true,
  })
  const body = 'We decide by consent. '.repeat(40)
  for (let start = 0; start < RULES; start += 1000) {
    const values: unknown[] = []
    const rows: string[] = []
    for (let i = start; i < start + 1000; i++) {
      const base = values.length
      const document = {
        title: `Bulk rule ${i}`,
        sections: [{ id: 'decisions', kind: 'decisions', title: 'How we decide', body }],
      }
      values.push(
        document.title,
        `bulk-rule-${i}`,
        member.id,
        JSON.stringify(document),
        new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      )
      rows.push(`($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}::jsonb, $${base + 5}, false)`)
    }
    await query(
      databaseUrl,
      `insert into rules (title, slug, owner_id, document, published_at, hidden) values ${rows.join(',')}`,
      values,
    )
  }
})
afterAll(async () => {
  await payload?.destroy()
  rmSync(outDir, { recursive: true, force: true })
})

/** One node process (no npx wrapper), so SIGKILL hits the process that holds the lock and writes. */
function startWorker() {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'drill-site-worker.ts')], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SITE_DIR: outDir,
      CR_JOBS_AUTORUN: 'false',
      CR_SITE_BUILD_KICK: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, out })),
  )
  return { child, exited }
}

const rulePages = () =>
  existsSync(path.join(outDir, 'rules'))
    ? readdirSync(path.join(outDir, 'rules')).filter((name) => name.startsWith('bulk-rule-'))
    : []
const files = (suffix: string) =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(suffix))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('drill: site-build worker killed mid-build', () => {
  it('leaves no half-written page, marks nothing live, and the next run builds everything', async () => {
    const first = startWorker()
    // Kill it once it has written some rule pages but not all of them.
    for (const stop = Date.now() + 60_000; rulePages().length < 50; await sleep(10)) {
      if (Date.now() > stop) throw new Error('the worker wrote no rule pages within 60 s')
    }
    first.child.kill('SIGKILL')
    const killed = await first.exited
    expect(killed.signal).toBe('SIGKILL')
    expect(killed.out).not.toContain('"event":"done"')

    const writtenBeforeKill = rulePages().length
    expect(writtenBeforeKill).toBeGreaterThan(0)
    expect(writtenBeforeKill).toBeLessThan(RULES)
    // Every page that exists is complete: the temp-file-and-rename write never exposes a partial page.
    for (const file of files('.html'))
      expect(readFileSync(path.join(outDir, file), 'utf8').trimEnd(), file).toMatch(/<\/html>$/)
    const tempAfterKill = files('.tmp').length
    // Nothing is marked live, so the next run rebuilds these rules.
    const live = await query<{ n: number }>(
      databaseUrl,
      'select count(*)::int as n from rules where built_at is not null',
    )
    expect(live.rows[0]!.n).toBe(0)

    // The lock died with the connection: the next run starts at once and completes.
    const second = startWorker()
    const finished = await second.exited
    expect(finished.code).toBe(0)
    const done = JSON.parse(finished.out.split('\n').find((line) => line.includes('"event":"done"'))!)
    expect(done.built).toHaveLength(RULES)
    expect(rulePages()).toHaveLength(RULES)
    for (const file of files('.html'))
      expect(readFileSync(path.join(outDir, file), 'utf8').trimEnd(), file).toMatch(/<\/html>$/)
    const pending = await query<{ n: number }>(
      databaseUrl,
      'select count(*)::int as n from rules where built_at is null',
    )
    expect(pending.rows[0]!.n).toBe(0)
    // The next run, holding the lock, sweeps the killed run's orphaned temp files.
    expect(files('.tmp')).toEqual([])
    console.log(
      `drill: killed after ${writtenBeforeKill} of ${RULES} rule pages; ${tempAfterKill} temp files after the kill, ${files('.tmp').length} after the next run`,
    )
  }, 180_000)
})
