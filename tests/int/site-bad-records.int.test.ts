/**
 * One bad record never stops the site (SPEC §1, "Anything that becomes a file path"): rows planted
 * straight in Postgres, past Payload's validation — slugs `..`, `../x`, `../../escaped`, `index.html`,
 * `a/b`, a document that is not a RuleDocument, a template with a bad slug, a title full of control
 * characters — next to good rules. The full build (what `npm start` runs) and the incremental publish
 * both complete, write nothing outside the output directory's own folders, skip and report the bad
 * records (event, log line, /metrics counter), and keep feed.xml and sitemap.xml well-formed XML.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import request from 'supertest'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PageFailure } from '../../site/page-failures'
import { bootPayload } from '../support/payload'
import { query } from '../support/postgres'

// sax (a dependency of payload) has no types; only its strict parser is used.
type SaxParser = { onerror: (err: Error) => void; resume(): void; write(text: string): SaxParser; close(): void }
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser }

const parent = mkdtempSync(path.join(tmpdir(), 'cr-bad-records-'))
const outDir = path.join(parent, 'site')
let payload: Payload
let databaseUrl: string
let memberId: string
let server: { app: import('express').Express; close(): Promise<void> }
const events: PageFailure[] = []
const ids: Record<string, string> = {}

const documentFor = (title: string) => ({
  title,
  summary: `Summary of ${title}`,
  sections: [{ id: 'values', kind: 'values', title: 'Values', body: `What ${title} values.` }],
})
// Survives stripping as `Bell & <Tricky> "rule"`: the XML checks below also prove it is escaped.
const controlTitle = 'Bell\u0007 & <Tricky>\u000B "rule"\uFFFE\u001F'
const controlSummary = 'Summary\u0001 with \u0008controls\uFFFF & more'

/** Inserts a rule row directly (no Payload validation, no hooks); returns its id. */
async function plantRule(
  slug: string,
  title: string,
  document: unknown,
  minute: number,
  summary: string | null = null,
) {
  const { rows } = await query<{ id: string }>(
    databaseUrl,
    `insert into rules (title, slug, owner_id, summary, document, published_at, hidden) values ($1, $2, $3, $4, $5::jsonb, $6, false) returning id`,
    [title, slug, memberId, summary, JSON.stringify(document), new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()],
  )
  return rows[0]!.id
}

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
const exists = (file: string) => existsSync(path.join(outDir, file))
const builtAt = async (id: string) =>
  (await query<{ built_at: Date | null }>(databaseUrl, 'select built_at from rules where id = $1', [id])).rows[0]!
    .built_at

/** Characters XML 1.0 forbids, and lone surrogates (`u`: a valid pair is one code point). */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u

/** Strict XML parse (sax) plus the character check sax does not make; returns the problems. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = []
  const bad = xml.match(notXml)
  if (bad) problems.push(`invalid character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()}`)
  const parser = sax.parser(true)
  parser.onerror = (err) => {
    problems.push(err.message.split('\n')[0]!)
    parser.resume()
  }
  parser.write(xml).close()
  return problems
}

const goodSlugs = ['good-one', 'good-two', 'control-chars']
const badRules = ['dotdot', 'dotdot-x', 'escaped', 'index-html', 'nested', 'invalid-doc'] as const
const siteEntries = new Set([
  '404.html',
  'account',
  'assets',
  'components',
  'create',
  'feed.xml',
  'how-it-works',
  'index.html',
  'methods',
  'robots.txt',
  'rules',
  'search',
  'sign-in',
  'sitemap.xml',
  'templates',
  // site search: the index versions, the link to the current one, and pages removed since (site/search-index.ts)
  '_search',
  'pagefind',
  'search-removed.json',
])

/** Every check that must hold after any build: nothing escaped, the real home page, valid feeds. */
function expectSiteIntact(liveSlugs: string[]) {
  // Nothing beside the output directory, nothing unexpected at its root or in rules/.
  expect(readdirSync(parent)).toEqual(['site'])
  expect(readdirSync(outDir).filter((name) => !siteEntries.has(name))).toEqual([])
  expect(readdirSync(path.join(outDir, 'rules')).sort()).toEqual([...liveSlugs, 'index.html'].sort())
  expect(statSync(path.join(outDir, 'rules', 'index.html')).isFile()).toBe(true)
  expect(exists('rule.md')).toBe(false)
  expect(exists('x')).toBe(false)
  // The home page is the home page, not a rule page written over it by slug `..`.
  const home = read('index.html')
  expect(home).toContain('<h1>Write down how your community works.</h1>')
  expect(home).not.toContain('Dot dot')
  expect(read('rules/index.html')).toContain('<h1')
  for (const file of ['feed.xml', 'sitemap.xml']) expect(xmlProblems(read(file)), file).toEqual([])
  for (const file of [
    'index.html',
    'rules/index.html',
    'rules/control-chars/index.html',
    'rules/control-chars/rule.md',
  ]) {
    expect(read(file).match(notXml), file).toBeNull()
  }
  // The control-character title: stripped, and escaped wherever it appears.
  expect(read('feed.xml')).toContain('<title>Bell &amp; &lt;Tricky&gt; &quot;rule&quot;</title>')
  expect(read('feed.xml')).toContain('<summary>Summary with controls &amp; more</summary>')
  expect(read('rules/control-chars/index.html')).toContain('<h1>Bell &amp; &lt;Tricky&gt; &quot;rule&quot;</h1>')
  expect(read('rules/index.html')).toContain('Bell &amp; &lt;Tricky&gt; &quot;rule&quot;')
  // Nothing of a refused record is linked.
  for (const file of ['index.html', 'rules/index.html', 'feed.xml', 'sitemap.xml']) {
    expect(read(file), file).not.toMatch(/\/rules\/(\.\.|index\.html|a\/b)/)
    expect(read(file), file).not.toContain('Invalid doc')
  }
}

function expectReported(failures: PageFailure[], keys: string[]) {
  for (const key of keys) {
    const failure = failures.find((f) => f.id === ids[key])
    expect(failure, key).toBeDefined()
    expect(failure!.reason, key).toBeTruthy()
  }
}

beforeAll(async () => {
  ;({ payload, databaseUrl } = await bootPayload('badrecords', { SITE_DIR: outDir, CR_SITE_BUILD_KICK: 'false' }))
  const { seedRuleTemplates } = await import('../../cms/seed/index')
  await seedRuleTemplates({ payload })
  memberId = String(
    (await payload.create({ collection: 'members', data: { email: 'bad-records@example.org' }, overrideAccess: true }))
      .id,
  )
  for (const [i, slug] of ['good-one', 'good-two'].entries()) {
    const title = slug === 'good-one' ? 'Good one' : 'Good two'
    const rule = await payload.create({
      collection: 'rules',
      data: {
        slug,
        title,
        owner: memberId,
        document: documentFor(title),
        publishedAt: new Date(Date.UTC(2026, 0, 1, 1, i)).toISOString(),
      },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
    ids[slug] = String(rule.id)
  }
  ids['control-chars'] = await plantRule(
    'control-chars',
    controlTitle,
    { ...documentFor(controlTitle), summary: controlSummary },
    5,
    controlSummary,
  )
  ids.dotdot = await plantRule('..', 'Dot dot', documentFor('Dot dot'), 6)
  ids['dotdot-x'] = await plantRule('../x', 'Dot dot x', documentFor('Dot dot x'), 7)
  ids.escaped = await plantRule('../../escaped', 'Escaped', documentFor('Escaped'), 8)
  ids['index-html'] = await plantRule('index.html', 'Index html', documentFor('Index html'), 9)
  ids.nested = await plantRule('a/b', 'Nested', documentFor('Nested'), 10)
  ids['invalid-doc'] = await plantRule('invalid-doc', 'Invalid doc', { title: '', sections: 'none' }, 11)
  const template = await query<{ id: string }>(
    databaseUrl,
    `update rule_templates set slug = '../evil' where slug = 'lazy-consensus' returning id`,
  )
  ids.template = template.rows[0]!.id
  // A leftover of the old bug: a rule folder named index.html where the listing page belongs.
  mkdirSync(path.join(outDir, 'rules', 'index.html'), { recursive: true })
  writeFileSync(path.join(outDir, 'rules', 'index.html', 'index.html'), 'stale')

  const { crEvents } = await import('../../cms/lib/events')
  crEvents.on('site-page-failed', (failure) => events.push(failure))
  const { startServer } = await import('../../functions/server')
  server = await startServer({ PORT: '0', LOG_LEVEL: 'silent' })
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
  rmSync(parent, { recursive: true, force: true })
})

describe('bad records', () => {
  it('the XML check can fail', () => {
    expect(xmlProblems('<a>\u0001</a>')).not.toEqual([])
    expect(xmlProblems('<a>&</a>')).not.toEqual([])
    expect(xmlProblems('<a><b></a>')).not.toEqual([])
    expect(xmlProblems('<?xml version="1.0" encoding="utf-8"?>\n<a x="1">fine &amp; &lt;ok&gt;</a>')).toEqual([])
  })

  it('the full build (npm start, build:site) completes, builds every good page and skips and reports the bad ones', async () => {
    const { buildSite } = await import('../../site/build')
    const lines: string[] = []
    const result = await buildSite({ payload, outDir, log: (line) => lines.push(line) })

    expectSiteIntact(goodSlugs)
    for (const slug of goodSlugs) expect(exists(`rules/${slug}/index.html`), slug).toBe(true)
    expect(exists('templates/index.html')).toBe(true)
    expect(exists('templates/lazy-consensus')).toBe(false)
    expect(existsSync(path.join(parent, 'escaped'))).toBe(false)
    expect(existsSync(path.join(outDir, 'evil'))).toBe(false)

    expectReported(result.skipped, [...badRules, 'template'])
    expect(result.skipped.filter((f) => f.kind === 'template').map((f) => f.id)).toEqual([ids.template])
    expect(result.skipped.find((f) => f.id === ids['invalid-doc'])!.reason).toMatch(/^invalid: /)
    expect(result.skipped.find((f) => f.id === ids.dotdot)!.reason).toContain('refused rule slug ".."')
    expectReported(events, [...badRules, 'template'])
    for (const key of badRules)
      expect(
        lines.some((line) => line.includes(`skipped rule ${ids[key]}`)),
        key,
      ).toBe(true)

    // Built rules are live; skipped ones have no page, so no builtAt.
    for (const slug of goodSlugs) expect(await builtAt(ids[slug]!), slug).not.toBeNull()
    for (const key of badRules) expect(await builtAt(ids[key]!), key).toBeNull()

    const metrics = await request(server.app).get('/metrics')
    expect(
      Number(metrics.text.match(/^cr_site_page_failures_total\{kind="rule"\} (\d+)/m)?.[1]),
    ).toBeGreaterThanOrEqual(badRules.length)
    expect(
      Number(metrics.text.match(/^cr_site_page_failures_total\{kind="template"\} (\d+)/m)?.[1]),
    ).toBeGreaterThanOrEqual(1)
  })

  it('the incremental publish completes in one pass, builds new rules, and skips (without spinning) the bad ones', async () => {
    const { publishPending } = await import('../../site/publish')
    // The stale folder again, a new good rule, and a good rule whose document goes bad.
    rmSync(path.join(outDir, 'rules', 'index.html'))
    mkdirSync(path.join(outDir, 'rules', 'index.html', 'nested'), { recursive: true })
    const fresh = await payload.create({
      collection: 'rules',
      data: {
        slug: 'good-three',
        title: 'Good three',
        owner: memberId,
        document: documentFor('Good three'),
        publishedAt: new Date(Date.UTC(2026, 0, 1, 2)).toISOString(),
      },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
    ids['good-three'] = String(fresh.id)
    await query(databaseUrl, `update rules set document = '{"title": ""}'::jsonb, updated_at = now() where id = $1`, [
      ids['good-two'],
    ])
    events.length = 0

    const passes = await publishPending(payload, { outDir })
    expect(passes).toHaveLength(1) // the skipped records are not retried by a second pass
    expect(passes[0]!.built).toEqual(['good-three'])
    expectReported(passes[0]!.skipped, [...badRules, 'good-two', 'template'])
    expectReported(events, [...badRules, 'good-two', 'template'])

    expectSiteIntact(['good-one', 'good-three', 'control-chars'])
    expect(read('rules/good-three/index.html')).toContain('<h1>Good three</h1>')
    expect(read('rules/index.html')).toContain('/rules/good-three/')
    expect(read('sitemap.xml')).toContain('/rules/good-three/</loc>')
    // The rule whose document went bad: page removed, not listed, not live.
    expect(exists('rules/good-two')).toBe(false)
    for (const file of ['rules/index.html', 'sitemap.xml', 'feed.xml', 'index.html'])
      expect(read(file), file).not.toContain('/rules/good-two/')
    expect(await builtAt(ids['good-two']!)).toBeNull()
    expect(await builtAt(ids['good-three']!)).not.toBeNull()

    // The next job tries the bad records once more (and reports them again), still in one pass.
    events.length = 0
    const again = await publishPending(payload, { outDir })
    expect(again).toHaveLength(1)
    expect(again[0]!.built).toEqual([])
    expectReported(events, [...badRules, 'good-two'])
    expectSiteIntact(['good-one', 'good-three', 'control-chars'])
  })
})
