import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { siteData, type LoadedMethod } from '../../site/_data/load'
import { PagedRenderer } from '../../site/paged-render'
import { renderWithEleventy, siteDir } from '../../site/render'

const outDir = mkdtempSync(path.join(tmpdir(), 'cr-render-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

const rules = Array.from({ length: 120 }, (_, i) => ({
  id: String(i),
  slug: `rule-${i}`,
  title: i === 3 ? 'Tools & <Trust> "quoted"' : `Rule ${i}`,
  summary: i % 2 ? `Summary <b>${i}</b> & more` : undefined,
  publishedAt: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 0, 2)).toISOString(),
  sourceTemplate: i % 3 ? undefined : 'lazy-consensus',
  version: i % 5 ? 1 : 3,
  document: {
    title: `Rule ${i}`,
    summary: 'Doc summary',
    community: i % 4 ? undefined : { name: 'Garden & co', description: 'We *grow* things.\n\n- a\n- b', size: '12' },
    sections: [
      { id: 'values', kind: 'values' as const, title: 'Values', body: 'Care & <repair>. See https://example.org' },
      {
        id: 'decisions',
        kind: 'decisions' as const,
        title: 'Decisions',
        modules: [{ id: 'c', name: 'Consent', summary: 'No objection', config: 'quorum 3' }],
      },
      { id: 'conflict', kind: 'conflict' as const, title: 'Conflict', body: '1. talk\n2. mediate' },
    ],
  },
}))

const pageScripts = {
  create: { src: '/assets/create.0123456789.js', preload: [] },
  'sign-in': { src: '/assets/sign-in.0123456789.js', preload: [] },
  account: { src: '/assets/account.0123456789.js', preload: [] },
}
const assets = {
  css: '/assets/site.0123456789.css',
  vitals: '/assets/vitals.0123456789.js',
  ruleActions: '/assets/rule-actions.0123456789.js',
  search: '/assets/search.0123456789.js',
  components: pageScripts,
}

describe('PagedRenderer', () => {
  it('renders rule pages and listing pages byte-identical to Eleventy', async () => {
    const data = siteData({ templates: [], templatePages: [], ruleIndex: rules, rulePages: rules })
    const reference = await renderWithEleventy(outDir, data, assets, ['rules/rule.njk', 'rules/index.njk'])
    const renderer = new PagedRenderer(siteDir)
    const fast = [...renderer.rulePages(data, assets, outDir), ...renderer.listingPages(data, assets, outDir)]
    expect(fast.length).toBe(120 + 3)
    expect(reference.length).toBe(fast.length)
    const byPath = new Map(reference.map((entry) => [path.resolve(entry.outputPath), entry.content]))
    for (const page of fast) {
      expect(byPath.has(path.resolve(page.outputPath)), page.outputPath).toBe(true)
      expect(page.content, page.url).toBe(byPath.get(path.resolve(page.outputPath)))
    }
    // Escaped once, not twice.
    const tricky = fast.find((page) => page.url === '/rules/rule-3/')!.content
    expect(tricky).toContain('<h1>Tools &amp; &lt;Trust&gt; &quot;quoted&quot;</h1>')
    expect(tricky).toContain('<title>Tools &amp; &lt;Trust&gt; &quot;quoted&quot; — CommunityRule</title>')
  })
})

const method = (slug: string, name: string, related: string[] = []): LoadedMethod => ({
  slug,
  group: 'decisions',
  name,
  summary: `${name} & <friends>: a summary`,
  details: { corePrinciple: 'Care *first*.', whenToUse: 'Always.', steps: '1. ask\n2. act', onObjection: 'Talk.' },
  facets: { organisationKinds: ['cooperative'], sizeBands: [], maturities: [], scales: [] },
  related,
  furtherReading: [{ title: 'A book', url: 'https://example.org/book', note: 'Chapter 2' }, { title: 'Word of mouth' }],
  id: `id-${slug}`,
  updatedAt: new Date(Date.UTC(2026, 0, 2)).toISOString(),
  groupLabel: 'Decisions',
  fields: [
    { name: 'corePrinciple', label: 'Core principle', text: 'Care *first*.' },
    { name: 'steps', label: 'Steps', text: '1. ask\n2. act' },
  ],
  suits: slug === 'c' ? [{ label: 'Kind of organisation', values: ['Co-operative'] }] : [],
  ruleCount: slug === 'c' ? 120 : 0,
})

describe('PagedRenderer, method pages', () => {
  it('renders method pages byte-identical to Eleventy, and rule pages link their methods', async () => {
    const methods = [method('c', 'Consent', ['other', 'missing']), method('other', 'Other way')]
    const templates = [
      {
        id: 't1',
        slug: 'lazy-consensus',
        title: 'Lazy consensus',
        category: 'consensus',
        summary: 'S',
        sortOrder: 1,
        featured: false,
        updatedAt: new Date(Date.UTC(2026, 0, 2)).toISOString(),
        facets: { organisationKinds: [], sizeBands: [], maturities: [], scales: [] },
        document: rules[0]!.document,
      },
    ] as unknown as Parameters<typeof siteData>[0]['templates']
    const data = siteData({ templates, templatePages: [], ruleIndex: rules, rulePages: rules.slice(0, 5), methods })
    const reference = await renderWithEleventy(outDir, data, assets, ['methods/method.njk', 'rules/rule.njk'])
    const renderer = new PagedRenderer(siteDir)
    const fast = [
      ...data.methodPages.map((m, i) => renderer.methodPage(data, assets, outDir, m, i)),
      ...renderer.rulePages(data, assets, outDir),
    ]
    expect(reference.length).toBe(fast.length)
    const byPath = new Map(reference.map((entry) => [path.resolve(entry.outputPath), entry.content]))
    for (const page of fast) expect(page.content, page.url).toBe(byPath.get(path.resolve(page.outputPath)))
    const consent = fast.find((page) => page.url === '/methods/c/')!.content
    expect(consent).toContain('<h1>Consent</h1>')
    expect(consent).toContain('<em>first</em>')
    expect(consent).toContain('<a href="/templates/lazy-consensus/">Lazy consensus</a>')
    expect(consent).toContain('120 published rules use it.')
    expect(consent).toContain('<a href="/methods/other/">Other way</a>')
    expect(consent).not.toContain('/methods/missing/')
    expect(consent).toContain('<a href="https://example.org/book" rel="nofollow noopener">A book</a>')
    expect(consent).toContain('<dd>Co-operative</dd>')
    expect(fast.find((page) => page.url === '/methods/other/')!.content).toContain('<p>Any community.</p>')
    expect(fast.find((page) => page.url === '/rules/rule-0/')!.content).toContain('<a href="/methods/c/">Consent</a>')
  })
})
