import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { signIn, startTestBff } from '../support/bff'
import { dbPool } from '@communityrule/core/data/pool'

let bff: Awaited<ReturnType<typeof startTestBff>>
const query = async (sql: string, params: unknown[]) => (await dbPool(bff.payload).query(sql, params)).rows
let author: string
let stranger: string

const document = (title: string, body = 'Lazy consensus with a 7-day window.') => ({
  title,
  summary: 'How we lend, decide and look after each other.',
  sections: [
    { id: 'values', kind: 'values', title: 'What we value', body: 'Sharing over owning.' },
    { id: 'decisions', kind: 'decisions', title: 'How we decide', body },
  ],
})
let keys = 0
const key = () => `amend-test-${++keys}-${Date.now()}`

async function publish(title: string) {
  const response = await request(bff.app)
    .post('/api/rules')
    .set('cookie', author)
    .set('idempotency-key', key())
    .send({ title, document: document(title) })
  expect(response.status).toBe(201)
  return response.body.rule as { id: string; slug: string }
}

const amendment = (title: string, note: string, body?: string) => ({ title, document: document(title, body), note })

function amend(slug: string, ifMatch: string | undefined, body: object, cookie = author, idempotencyKey = key()) {
  const call = request(bff.app)
    .post(`/api/rules/${slug}/versions`)
    .set('cookie', cookie)
    .set('idempotency-key', idempotencyKey)
  return ifMatch === undefined ? call.send(body) : call.set('if-match', ifMatch).send(body)
}

beforeAll(async () => {
  bff = await startTestBff('amend', { SITE_DIR: outDir, PUBLIC_URL: 'http://localhost:3997' })
  ;({ cookie: author } = await signIn(bff, 'author@example.org'))
  ;({ cookie: stranger } = await signIn(bff, 'stranger@example.org'))
})
afterAll(async () => {
  await bff?.stop()
  rmSync(outDir, { recursive: true, force: true })
})

const outDir = mkdtempSync(path.join(tmpdir(), 'cr-amend-'))
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
/** Waits for the incremental build to write `file` (containing `text`, when given). */
async function live(file: string, text?: string) {
  const started = Date.now()
  while (!existsSync(path.join(outDir, file)) || (text && !read(file).includes(text))) {
    if (Date.now() - started > 15_000) throw new Error(`${file} not live after 15 s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return read(file)
}

describe('amending a published rule', () => {
  it('records version 1 at publication and each amendment as the next version, which the rule then shows', async () => {
    const rule = await publish('Harbour Choir')
    const first = await request(bff.app).get(`/api/rules/${rule.slug}/versions`)
    expect(first.body.items).toMatchObject([{ number: 1, title: 'Harbour Choir', url: `/rules/${rule.slug}/v/1/` }])
    expect((await request(bff.app).get(`/api/rules/${rule.slug}`)).body.rule.version).toBe(1)

    const amended = await amend(rule.slug, '1', {
      ...amendment('Harbour Choir', 'Two weeks to object.', 'Lazy consensus with a 14-day window.'),
      adoptedOn: '2026-12-01',
      adoptedBy: 'consent',
    })
    expect(amended.status, amended.text).toBe(201)
    expect(amended.body.rule).toMatchObject({ slug: rule.slug, version: 2, versionUrl: `/rules/${rule.slug}/v/2/` })

    const current = (await request(bff.app).get(`/api/rules/${rule.slug}`)).body.rule
    expect(current.version).toBe(2)
    expect(current.document.sections[1].body).toBe('Lazy consensus with a 14-day window.')
    const history = (await request(bff.app).get(`/api/rules/${rule.slug}/versions`)).body.items
    expect(history.map((v: { number: number }) => v.number)).toEqual([2, 1])
    expect(history[0]).toMatchObject({ note: 'Two weeks to object.', adoptedOn: '2026-12-01', adoptedBy: 'consent' })
    // Each version keeps its own text.
    const v1 = await request(bff.app).get(`/api/rules/${rule.slug}/versions/1`)
    expect(v1.body.version.document.sections[1].body).toBe('Lazy consensus with a 7-day window.')
    expect((await request(bff.app).get(`/api/rules/${rule.slug}/versions/3`)).status).toBe(404)
  })

  it('answers 412 with the current version to a stale If-Match, and 428 without one', async () => {
    const rule = await publish('Kestrel Bakery')
    expect((await amend(rule.slug, '1', amendment('Kestrel Bakery', 'First change.'))).status).toBe(201)
    const stale = await amend(rule.slug, '1', amendment('Kestrel Bakery', 'Made from version 1.'))
    expect(stale.status).toBe(412)
    expect(stale.body.error.code).toBe('version_conflict')
    expect(stale.body.details).toEqual([{ currentVersion: 2 }])
    const missing = await amend(rule.slug, undefined, amendment('Kestrel Bakery', 'No If-Match.'))
    expect(missing.status).toBe(428)
    expect(missing.body.error.code).toBe('if_match_required')
    expect((await amend(rule.slug, 'two', amendment('Kestrel Bakery', 'Bad.'))).body.error.code).toBe(
      'invalid_if_match',
    )
    const rows = await query(
      'select count(*)::int as n from rule_versions v join rules r on r.id = v.rule_id where r.slug = $1',
      [rule.slug],
    )
    expect(rows[0].n).toBe(2)
  })

  it('lets exactly one of ten racing amendments of the same version land', async () => {
    const rule = await publish('Linden Tool Library')
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => amend(rule.slug, '1', amendment('Linden Tool Library', `Racer ${i}.`))),
    )
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(412)])
    for (const lost of results.filter((r) => r.status === 412))
      expect(lost.body.details).toEqual([{ currentVersion: 2 }])
    const rows = await query(
      'select number::int from rule_versions v join rules r on r.id = v.rule_id where r.slug = $1 order by number',
      [rule.slug],
    )
    expect(rows.map((r) => r.number)).toEqual([1, 2])
  })

  it('publishes one version however often the same Idempotency-Key is retried', async () => {
    const rule = await publish('Copper Chess Club')
    const same = key()
    const body = amendment('Copper Chess Club', 'Clocks for every game.')
    const results = await Promise.all(Array.from({ length: 8 }, () => amend(rule.slug, '1', body, author, same)))
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201))
    expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(7)
    expect(new Set(results.map((r) => r.body.rule.version))).toEqual(new Set([2]))
    const other = await amend(rule.slug, '1', amendment('Copper Chess Club', 'Another note.'), author, same)
    expect(other.body.error.code).toBe('idempotency_mismatch')
  })

  it("refuses anyone who is not a steward, and keeps a hidden rule's versions out of sight", async () => {
    const rule = await publish('Saltmarsh Seed Bank')
    const byStranger = await amend(rule.slug, '1', amendment('Saltmarsh Seed Bank', 'Taking over.'), stranger)
    expect(byStranger.status).toBe(403)
    expect(byStranger.body.error.code).toBe('not_a_steward')
    const anonymous = await request(bff.app)
      .post(`/api/rules/${rule.slug}/versions`)
      .set('idempotency-key', key())
      .set('if-match', '1')
      .send(amendment('Saltmarsh Seed Bank', 'Anonymous.'))
    expect(anonymous.status).toBe(401)

    await query(`update rules set hidden = true, hidden_reason = 'test' where slug = $1`, [rule.slug])
    expect((await request(bff.app).get(`/api/rules/${rule.slug}/versions`)).status).toBe(404)
    expect((await request(bff.app).get(`/api/rules/${rule.slug}/versions/1`)).status).toBe(404)
    expect((await amend(rule.slug, '1', amendment('Saltmarsh Seed Bank', 'While hidden.'))).status).toBe(404)
  })

  it('refuses an amendment without a note, and keeps the rule as it was', async () => {
    const rule = await publish('Millbrook Choir')
    const blank = await amend(rule.slug, '1', { ...amendment('Millbrook Choir', '   '), title: 'Changed title' })
    expect(blank.status).toBe(400)
    expect(blank.body.error.code).toBe('validation_failed')
    expect(JSON.stringify(blank.body.details)).toContain('Say what changed and why')
    expect((await request(bff.app).get(`/api/rules/${rule.slug}`)).body.rule).toMatchObject({
      title: 'Millbrook Choir',
      version: 1,
    })
  })

  it('makes every version live: the rule page, each version, what changed, the history, rule.json and the feed', async () => {
    const rule = await publish('Granary Book Club')
    // The rule's files are written one after another: wait for each one read.
    expect(await live(`rules/${rule.slug}/v/1/index.html`)).toBe(await live(`rules/${rule.slug}/index.html`))
    const body = {
      ...amendment('Granary Book Club', 'Two weeks to object, not one.', 'Lazy consensus with a 14-day window.'),
      adoptedBy: 'a show of hands',
    }
    expect((await amend(rule.slug, '1', body)).status).toBe(201)

    const page = await live(`rules/${rule.slug}/index.html`, 'Version 2 · amended')
    expect(page).toContain(`<a href="/rules/${rule.slug}/history/">History</a>`)
    expect(page).toContain('14-day window')
    const older = await live(`rules/${rule.slug}/v/1/index.html`, 'This is an earlier version of this rule.')
    expect(older).toContain('This is an earlier version of this rule.')
    expect(older).toContain('7-day window')
    expect(older).toContain('<meta name="robots" content="noindex">')
    const changes = await live(`rules/${rule.slug}/v/2/changes/index.html`)
    expect(changes).toContain('<del><span class="visually-hidden">Removed: </span>7</del>')
    expect(changes).toContain('<ins><span class="visually-hidden">Added: </span>14</ins>')
    expect(changes).toContain('Two weeks to object, not one.')
    const history = await live(`rules/${rule.slug}/history/index.html`, 'Version 2')
    expect(history).toContain('<dd>a show of hands</dd>')
    expect(history.indexOf('Version 2')).toBeLessThan(history.indexOf('Version 1'))
    const json = JSON.parse(await live(`rules/${rule.slug}/rule.json`, '"version": 2'))
    expect(json).toMatchObject({ schemaVersion: 1, version: 2, current: true, note: 'Two weeks to object, not one.' })
    const v1 = JSON.parse(await live(`rules/${rule.slug}/v/1/rule.json`, '"current": false'))
    expect(v1.document.sections[1].body).toContain('7-day')
    expect(await live(`rules/${rule.slug}/v/1/rule.md`)).toContain('7-day')
    const feed = await live('feed.xml', `/rules/${rule.slug}/v/2/`)
    expect(feed).toContain('<title>Amended: Granary Book Club (version 2)</title>')
    expect(feed).toContain('<summary>Two weeks to object, not one.</summary>')
    expect(feed).toContain(`<id>http://localhost:3997/rules/${rule.slug}/</id>`)
  })
})
