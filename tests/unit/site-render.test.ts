import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { siteData, type LoadedMethod } from '../../site/_data/load'
import { PagedRenderer } from '../../site/paged-render'
import { renderWithEleventy, siteDir } from '../../site/render'

const outDir = mkdtempSync(path.join(tmpdir(), 'cr-render-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

const documentFor = (i: number) => ({
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
})
/** Every fifth rule was amended twice: version 1 had no conflict section, version 2 another body. */
const versionsFor = (i: number, document: ReturnType<typeof documentFor>, publishedAt: string) => {
  const current = { number: i % 5 ? 1 : 3, title: `Rule ${i}`, publishedAt, current: true, document }
  if (i % 5) return [current]
  const v1 = { ...document, sections: document.sections.slice(0, 2) }
  const v2 = {
    ...document,
    sections: [document.sections[1]!, { ...document.sections[0]!, body: 'Care & <mend>.' }, document.sections[2]!],
  }
  return [
    { number: 1, title: `Rule ${i}`, publishedAt, current: false, document: v1 },
    {
      number: 2,
      title: `Rule ${i}`,
      note: 'Added <conflict> & moved values.',
      adoptedBy: 'a show of hands',
      publishedAt,
      current: false,
      document: v2,
    },
    { ...current, note: 'Back in order.', adoptedOn: '2026-01-02', adoptedBy: 'c' },
  ]
}
const rules = Array.from({ length: 120 }, (_, i) => {
  const publishedAt = new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString()
  const document = documentFor(i)
  return {
    id: String(i),
    slug: `rule-${i}`,
    title: i === 3 ? 'Tools & <Trust> "quoted"' : `Rule ${i}`,
    summary: i % 2 ? `Summary <b>${i}</b> & more` : undefined,
    publishedAt,
    updatedAt: new Date(Date.UTC(2026, 0, 2)).toISOString(),
    sourceTemplate: i % 3 ? undefined : 'lazy-consensus',
    version: i % 5 ? 1 : 3,
    document,
    versions: versionsFor(i, document, publishedAt),
  }
})

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

const ruleTemplates = [
  'rules/rule.njk',
  'rules/version.njk',
  'rules/changes.njk',
  'rules/history.njk',
  'rules/index.njk',
] as const

describe('PagedRenderer', () => {
  it('renders every page of every rule (versions, changes, history) and the listings byte-identical to Eleventy', async () => {
    const data = siteData({ templates: [], templatePages: [], ruleIndex: rules, rulePages: rules })
    const reference = await renderWithEleventy(outDir, data, assets, ruleTemplates)
    const renderer = new PagedRenderer(siteDir)
    const files = rules.flatMap((rule, i) => renderer.ruleFiles(data, assets, outDir, rule, i))
    const listings = [...renderer.listingPages(data, assets, outDir)]
    expect(listings.length).toBe(3)
    const byPath = new Map(reference.map((entry) => [path.resolve(entry.outputPath), entry.content]))
    const pages = [...files.filter((file) => file.outputPath.endsWith('.html')), ...listings]
    // Each rule: its page, its page again at /v/<current>/, its history; amended ones 2 earlier
    // versions and 2 "what changed" pages. Eleventy writes all but the copies.
    expect(pages.length).toBe(120 * 3 + 24 * 4 + 3)
    expect(reference.length).toBe(pages.length - 120)
    for (const page of pages) {
      const copy = /\/v\/\d+\/index\.html$/.test(page.outputPath) && !byPath.has(path.resolve(page.outputPath))
      if (copy) continue
      expect(page.content, page.outputPath).toBe(byPath.get(path.resolve(page.outputPath)))
    }
    // The current version's permanent page is the rule's page.
    const file = (end: string) => files.find((f) => f.outputPath.endsWith(end))!.content
    expect(file('/rules/rule-5/v/3/index.html')).toBe(file('/rules/rule-5/index.html'))
    expect(file('/rules/rule-6/v/1/index.html')).toBe(file('/rules/rule-6/index.html'))
    // Escaped once, not twice.
    const tricky = file('/rules/rule-3/index.html')
    expect(tricky).toContain('<h1>Tools &amp; &lt;Trust&gt; &quot;quoted&quot;</h1>')
    expect(tricky).toContain('<title>Tools &amp; &lt;Trust&gt; &quot;quoted&quot; — CommunityRule</title>')
  })

  it("writes each version's Markdown and JSON, and shows what changed word by word", () => {
    const data = siteData({ templates: [], templatePages: [], ruleIndex: rules, rulePages: rules })
    const renderer = new PagedRenderer(siteDir)
    const files = renderer.ruleFiles(data, assets, outDir, rules[5]!, 5)
    const file = (end: string) => files.find((f) => f.outputPath.endsWith(end))?.content
    const current = JSON.parse(file('/rules/rule-5/rule.json')!)
    expect(current).toMatchObject({ schemaVersion: 1, slug: 'rule-5', version: 3, current: true, adoptedBy: 'c' })
    expect(current.document).toEqual(rules[5]!.document)
    expect(file('/rules/rule-5/v/3/rule.json')).toBe(file('/rules/rule-5/rule.json'))
    const first = JSON.parse(file('/rules/rule-5/v/1/rule.json')!)
    expect(first).toMatchObject({ version: 1, current: false, currentVersion: 3 })
    expect(first.document.sections).toHaveLength(2)
    expect(file('/rules/rule-5/v/1/rule.md')).not.toContain('Conflict')
    expect(file('/rules/rule-5/rule.md')).toContain('Conflict')

    const page = (end: string) => file(end)!
    expect(page('/rules/rule-5/index.html')).toContain('Version 3 · amended')
    expect(page('/rules/rule-5/index.html')).toContain('<a href="/rules/rule-5/history/">History</a>')
    const v2 = page('/rules/rule-5/v/2/changes/index.html')
    expect(v2).toContain('Added &lt;conflict&gt; &amp; moved values.')
    expect(v2).toContain('<del><span class="visually-hidden">Removed: </span>repair</del>')
    expect(v2).toContain('<ins><span class="visually-hidden">Added: </span>mend</ins>')
    expect(v2).toMatch(/Conflict\s*<span class="change-tag">Added<\/span>/)
    expect(v2).toMatch(/Values\s*<span class="change-tag">Changed, moved from position 1 to 2<\/span>/)
    const history = page('/rules/rule-5/history/index.html')
    expect(history.indexOf('Version 3')).toBeLessThan(history.indexOf('Version 1'))
    // Adopted by a library method (linked when the library has it: none in this data) or in words.
    expect(history).toContain('<dt>How it was adopted</dt><dd>c</dd>')
    expect(history).toContain('<dd>a show of hands</dd>')
    expect(page('/rules/rule-5/v/1/index.html')).toContain('This is an earlier version of this rule.')
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
