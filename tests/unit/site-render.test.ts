import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { siteData } from '../../site/_data/load'
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

describe('PagedRenderer', () => {
  it('renders rule pages and listing pages byte-identical to Eleventy', async () => {
    const data = siteData({ templates: [], templatePages: [], ruleIndex: rules, rulePages: rules })
    const assets = {
      css: '/assets/site.0123456789.css',
      vitals: '/assets/vitals.0123456789.js',
      ruleActions: '/assets/rule-actions.0123456789.js',
      components: pageScripts,
    }
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
