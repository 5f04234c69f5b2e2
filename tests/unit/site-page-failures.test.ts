/**
 * Render errors are a record's failure, not the build's: a rule or template page that throws while
 * rendering is skipped and returned as a failure (on the main thread and on the rule-page workers),
 * every other page is written, and the listings, home page and sitemap leave the skipped ones out.
 * (Bad slugs and invalid documents planted in Postgres: tests/int/site-bad-records.int.test.ts.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { crEvents } from '../../cms/lib/events'
import { siteData, type SiteRule, type SiteTemplate } from '../../site/_data/load'
import { reportPageFailures, type PageFailure } from '../../site/page-failures'
import { renderPages, siteDir } from '../../site/render'
import { RulePagePool } from '../../site/rule-pool'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const assets = {
  css: '/assets/site.0123456789.css',
  vitals: '/assets/vitals.0123456789.js',
  ruleActions: '/assets/rule-actions.0123456789.js',
  search: '/assets/search.0123456789.js',
  components: {
    create: { src: '/assets/create.0123456789.js', preload: [] },
    'sign-in': { src: '/assets/sign-in.0123456789.js', preload: [] },
    account: { src: '/assets/account.0123456789.js', preload: [] },
  },
}
const document = {
  title: 'Doc',
  sections: [{ id: 'values', kind: 'values' as const, title: 'Values', body: 'We care.' }],
}

const rule = (i: number): SiteRule => ({
  id: `rule-id-${i}`,
  slug: `rule-${i}`,
  title: `Rule ${i}`,
  version: 1,
  publishedAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 0, 2)).toISOString(),
  document,
  versions: [
    {
      number: 1,
      title: `Rule ${i}`,
      publishedAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      current: true,
      document,
    },
  ],
})
const template = (slug: string, body: unknown): SiteTemplate => ({
  id: `template-id-${slug}`,
  slug,
  title: slug,
  category: 'direct',
  summary: 'A template',
  document: { ...document, sections: [{ ...document.sections[0]!, body: body as string }] },
  sortOrder: 0,
  featured: true,
  updatedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
})

/** Rules 1..3 render; rule 2's page throws (an invalid date reaches readableDate); template `broken` throws. */
function fixture() {
  const rules = [1, 2, 3].map(rule)
  const rulePages = rules.map((r) => (r.slug === 'rule-2' ? { ...r, publishedAt: 'not a date' } : r))
  const templates = [template('fine', 'Fine.'), template('broken', Object.create(null))]
  const feed = rules.map((r) => ({ ruleId: r.id, slug: r.slug, title: r.title, number: 1, publishedAt: r.publishedAt }))
  return siteData({ templates, templatePages: templates, ruleIndex: rules, rulePages, feed })
}

async function render(pool?: RulePagePool) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cr-page-failures-'))
  dirs.push(outDir)
  const result = await renderPages({ outDir, data: fixture(), assets, pool })
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
  return { outDir, result, read, exists: (file: string) => existsSync(path.join(outDir, file)) }
}

function expectSkippedAndRest({ result, read, exists }: Awaited<ReturnType<typeof render>>) {
  const failures = result.failures.map((f) => `${f.kind}:${f.id}`).sort()
  expect(failures).toEqual(['rule:rule-id-2', 'template:template-id-broken'])
  expect(result.failures.find((f) => f.kind === 'rule')!.reason).toMatch(/Invalid time value/)
  expect(result.failures.find((f) => f.kind === 'template')!.reason).toMatch(/Cannot convert object to primitive value/)
  expect(result.rulePages).toBe(2)
  for (const file of [
    'rules/rule-1/index.html',
    'rules/rule-1/rule.md',
    'rules/rule-3/index.html',
    'templates/fine/index.html',
    'index.html',
    'rules/index.html',
    'sitemap.xml',
    'feed.xml',
    'templates/index.html',
  ]) {
    expect(exists(file), file).toBe(true)
  }
  for (const file of ['rules/rule-2', 'templates/broken']) expect(exists(file), file).toBe(false)
  // Listed nowhere: the listings were written again without the rule whose page failed.
  for (const file of ['index.html', 'rules/index.html', 'sitemap.xml', 'feed.xml']) {
    expect(read(file), file).not.toContain('/rules/rule-2/')
    expect(read(file), file).toContain('/rules/rule-3/')
  }
  expect(read('sitemap.xml')).not.toContain('/templates/broken/')
  expect(read('templates/index.html')).not.toContain('/templates/broken/')
  expect(read('templates/index.html')).toContain('/templates/fine/')
}

describe('a page that fails to render', () => {
  it('is skipped on the main thread; everything else is built', async () => {
    expectSkippedAndRest(await render())
  })

  it('is skipped on a rule-page worker and reported back to the main thread', async () => {
    const built = await render(new RulePagePool(siteDir, 1))
    expectSkippedAndRest(built)
    expect(built.result.htmlPages).toBeGreaterThan(2)
  })

  it('is reported: one log line with the id and one site-page-failed event each', () => {
    const events: PageFailure[] = []
    const listener = (failure: PageFailure) => events.push(failure)
    crEvents.on('site-page-failed', listener)
    const lines: string[] = []
    const failure: PageFailure = { kind: 'rule', id: 'rule-id-2', slug: '../x', reason: 'refused' }
    try {
      reportPageFailures([failure], (line) => lines.push(line))
    } finally {
      crEvents.off('site-page-failed', listener)
    }
    expect(events).toEqual([failure])
    expect(lines).toEqual(['site: skipped rule rule-id-2 (slug "../x"): refused'])
  })
})
