/**
 * The methods library on the static site (issue 13): the full build writes /methods/ (by group) and
 * a page per published method (its structured fields, who it suits, the templates that use it, how
 * many visible rules do, related methods, further reading); rule and template pages link their
 * building blocks to those pages; a method that fails the checks is skipped and reported; the
 * incremental build follows an editor's publish, unpublish and delete, and rule counts.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { methodFields, methodGroupLabels, methodGroups } from '@communityrule/core/schema/method-fields'
import { bootPayload } from '../support/payload'
import { query } from '../support/postgres'

let payload: Payload
let databaseUrl: string
let memberId: string
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-site-methods-'))
const logLines: string[] = []
const BAD_SLUG = 'Bad Slug!'
let badMethodId: string

const documentFor = (title: string, modules: Array<{ id: string; name: string }>) => ({
  title,
  summary: `Summary of ${title}`,
  sections: [
    { id: 'values', kind: 'values' as const, title: 'Values', body: 'We value care.' },
    { id: 'decisions', kind: 'decisions' as const, title: 'How we decide', body: 'By consent.', modules },
  ],
})

async function createRule(slug: string, modules: Array<{ id: string; name: string }>, hidden = false) {
  return payload.create({
    collection: 'rules',
    data: {
      slug,
      title: `Rule ${slug}`,
      owner: memberId,
      document: documentFor(`Rule ${slug}`, modules),
      publishedAt: new Date().toISOString(),
      ...(hidden ? { hidden: true, hiddenReason: 'Spam' } : {}),
    },
    overrideAccess: true,
    context: { disableSiteBuild: true },
  })
}

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
const exists = (file: string) => existsSync(path.join(outDir, file))
const consent = { id: 'consent', name: 'Consent' }
/** As Nunjucks escapes text. */
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function methodId(slug: string): Promise<string> {
  const { docs } = await payload.find({ collection: 'methods', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  return String(docs[0]!.id)
}

/** Published templates whose document includes the method, as [slug, title]. */
async function templatesUsing(slug: string): Promise<Array<[string, string]>> {
  const { docs } = await payload.find({
    collection: 'rule-templates',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
  })
  return docs
    .filter((doc) =>
      (doc.document as { sections: Array<{ modules?: Array<{ id: string }> }> }).sections.some((s) =>
        (s.modules ?? []).some((m) => m.id === slug),
      ),
    )
    .map((doc) => [doc.slug, doc.title])
}

beforeAll(async () => {
  process.env.SITE_DIR = outDir
  process.env.PUBLIC_URL = 'http://localhost:3999'
  ;({ payload, databaseUrl } = await bootPayload('site-methods'))
  const seed = await import('../../cms/seed/index')
  await seed.seedMethodsLibrary({ payload })
  await seed.seedRuleTemplates({ payload })
  memberId = String(
    (await payload.create({ collection: 'members', data: { email: 'methods@example.org' }, overrideAccess: true })).id,
  )
  await createRule('uses-consent-1', [consent])
  await createRule('uses-consent-2', [consent, { id: 'not-a-method-xyz', name: 'Our own way' }])
  await createRule('uses-consent-3', [consent, consent])
  await createRule('hidden-consent', [consent], true)
  // A row written past Payload's validation: a slug the writer refuses.
  badMethodId = await methodId('sortition')
  await query(databaseUrl, 'update methods set slug = $1 where id = $2', [BAD_SLUG, badMethodId])
  const { buildSite } = await import('../../site/build')
  await buildSite({ payload, outDir, log: (line) => logLines.push(line) })
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
  rmSync(outDir, { recursive: true, force: true })
})

describe('full build', () => {
  it('writes /methods/ with a heading per group, in order, linking every method with its summary', async () => {
    const html = read('methods/index.html')
    const headings = [...html.matchAll(/<h2 id="group-([a-z]+)">([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]])
    expect(headings).toEqual(methodGroups.map((group) => [group, methodGroupLabels[group]]))
    const { docs } = await payload.find({ collection: 'methods', pagination: false, depth: 0 })
    const published = docs.filter((doc) => doc.slug !== BAD_SLUG)
    expect(published.length).toBeGreaterThanOrEqual(150)
    for (const doc of published) {
      expect(html).toContain(`<a href="/methods/${doc.slug}/">`)
      expect(exists(`methods/${doc.slug}/index.html`), doc.slug).toBe(true)
    }
    expect(html).toContain(esc(published.find((doc) => doc.slug === 'consent')!.summary))
    expect(html).not.toMatch(/<script(?![^>]*vitals)/)
    expect(read('index.html')).toContain('<a href="/methods/">Methods</a>')
  })

  it('writes each method page with its fields, who it suits, templates, rule count, related methods and reading', async () => {
    const html = read('methods/consent/index.html')
    const doc = (await payload.find({ collection: 'methods', where: { slug: { equals: 'consent' } }, depth: 1 }))
      .docs[0]!
    expect(html).toContain(`<h1>${esc(doc.name)}</h1>`)
    for (const [name, label] of methodFields.decisions) expect(html).toContain(`<h3 id="field-${name}">${label}</h3>`)
    // visible rules only: the hidden one is not counted, a rule naming it twice counts once
    expect(html).toContain('3 published rules use it.')
    const using = await templatesUsing('consent')
    expect(using.length).toBeGreaterThan(0)
    for (const [slug, title] of using) expect(html).toContain(`<a href="/templates/${slug}/">${esc(title)}</a>`)
    for (const related of doc.related ?? []) {
      if (typeof related === 'object' && related.slug !== BAD_SLUG)
        expect(html).toContain(`<a href="/methods/${related.slug}/">`)
    }
    for (const item of doc.furtherReading ?? [])
      if (item.url) expect(html).toContain(`href="${item.url}" rel="nofollow noopener"`)
    expect(html).toContain('<h2 id="suits-heading">Who it suits</h2>')
    expect(html).not.toMatch(/<script(?![^>]*vitals)/)
    // A method no rule uses
    const unused = readdirSync(path.join(outDir, 'methods')).find(
      (name) => name !== 'index.html' && read(`methods/${name}/index.html`).includes('No published rule uses it yet.'),
    )
    expect(unused).toBeDefined()
  })

  it('links the building blocks of rule and template pages that are methods; others stay plain', async () => {
    const rule = read('rules/uses-consent-2/index.html')
    expect(rule).toContain('<strong><a href="/methods/consent/">Consent</a></strong>')
    expect(rule).toContain('<strong>Our own way</strong>')
    const [slug] = (await templatesUsing('consent'))[0]!
    expect(read(`templates/${slug}/index.html`)).toContain('<a href="/methods/consent/">')
  })

  it('lists every method page in the sitemap', async () => {
    const sitemap = read('sitemap.xml')
    expect(sitemap).toContain('<loc>http://localhost:3999/methods/</loc>')
    for (const name of readdirSync(path.join(outDir, 'methods')).filter((n) => n !== 'index.html'))
      expect(sitemap).toContain(`<loc>http://localhost:3999/methods/${name}/</loc>`)
  })

  it('skips and reports a method whose slug the writer refuses, and builds everything else', () => {
    expect(logLines.some((line) => line.startsWith(`site: skipped method ${badMethodId}`))).toBe(true)
    expect(read('methods/index.html')).not.toContain('Bad Slug')
    expect(readdirSync(outDir).filter((name) => /bad/i.test(name))).toEqual([])
    // Methods that named it as related still have their page.
    expect(exists('methods/consent/index.html')).toBe(true)
  })
})

/** Pages in the live search index (site/search-index.ts), and the rule, template and method pages on disk. */
const searchedPages = () => {
  const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>
  }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}
/** The URLs of the pages in the live index (each fragment is gzipped JSON after Pagefind's signature). */
const searchedUrls = () =>
  readdirSync(path.join(outDir, 'pagefind', 'fragment')).map((name) => {
    const text = gunzipSync(readFileSync(path.join(outDir, 'pagefind', 'fragment', name))).toString('utf8')
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url
  })
const pagesOnDisk = () =>
  ['rules', 'templates', 'methods']
    .map(
      (folder) =>
        readdirSync(path.join(outDir, folder)).filter((name) => !name.includes('.') && name !== 'page').length,
    )
    .reduce((a, b) => a + b, 0)

describe('site search', () => {
  it('the full build indexes every rule, template and method page (and nothing else)', () => {
    expect(lstatSync(path.join(outDir, 'pagefind')).isSymbolicLink()).toBe(true)
    expect(searchedPages()).toBe(pagesOnDisk())
    expect(searchedUrls()).toContain('/methods/consent/')
    expect(searchedUrls()).not.toContain('/rules/hidden-consent/')
    expect(logLines.some((line) => /^site: search index: \d+ pages/.test(line))).toBe(true)
    expect(read('search/index.html')).toContain('data-search-form')
    expect(read('index.html')).toContain('<form class="site-search" role="search" action="/search/"')
  })
})

describe('incremental build', () => {
  it('rebuilds a published method edit: its page, /methods/ and the template pages that use it', async () => {
    const { publishPending } = await import('../../site/publish')
    const id = await methodId('consent')
    await payload.update({
      collection: 'methods',
      id,
      data: { summary: 'Consent, as revised by an editor.', _status: 'published' },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
    const passes = await publishPending(payload, { outDir })
    expect(passes.flatMap((pass) => pass.methods)).toEqual(['consent'])
    const templates = passes.flatMap((pass) => pass.templates).sort()
    expect(templates).toEqual((await templatesUsing('consent')).map(([slug]) => slug).sort())
    expect(read('methods/consent/index.html')).toContain('Consent, as revised by an editor.')
    expect(read('methods/index.html')).toContain('Consent, as revised by an editor.')
    expect(await publishPending(payload, { outDir })).toEqual([])
  })

  it('rebuilds only the method pages whose rule count changed when a rule is published', async () => {
    const { publishPending } = await import('../../site/publish')
    const indexBefore = statSync(path.join(outDir, 'methods/index.html')).mtimeMs
    await createRule('uses-consent-4', [consent])
    const passes = await publishPending(payload, { outDir })
    expect(passes.flatMap((pass) => pass.methods)).toEqual(['consent'])
    expect(read('methods/consent/index.html')).toContain('4 published rules use it.')
    expect(statSync(path.join(outDir, 'methods/index.html')).mtimeMs).toBe(indexBefore)
  })

  it('keeps rule counts right across hiding, editing, deleting and restoring rules', async () => {
    const { publishPending } = await import('../../site/publish')
    const countLine = () =>
      read('methods/consent/index.html').match(/<p>[^<]*(?:rule uses it|rules use it|uses it yet)\.<\/p>/)?.[0]
    const ruleId = async (slug: string) =>
      (await payload.find({ collection: 'rules', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]!.id
    const change = async (slug: string, data: Record<string, unknown>) => {
      await payload.update({
        collection: 'rules',
        id: await ruleId(slug),
        data,
        overrideAccess: true,
        context: { disableSiteBuild: true },
      })
      await publishPending(payload, { outDir })
      return countLine()
    }
    expect(countLine()).toBe('<p>4 published rules use it.</p>')
    expect(await change('uses-consent-4', { hidden: true, hiddenReason: 'Spam' })).toBe(
      '<p>3 published rules use it.</p>',
    )
    expect(await change('uses-consent-3', { document: documentFor('Rule uses-consent-3', []) })).toBe(
      '<p>2 published rules use it.</p>',
    )
    await payload.delete({ collection: 'rules', id: await ruleId('uses-consent-1'), overrideAccess: true })
    await publishPending(payload, { outDir })
    expect(countLine()).toBe('<p>1 published rule uses it.</p>')
    expect(await change('hidden-consent', { hidden: false, hiddenReason: '' })).toBe('<p>2 published rules use it.</p>')
    // A row written past Payload with an old updated_at (as a late commit would be) is still counted
    await createRule('uses-consent-5', [consent])
    await query(databaseUrl, `update rules set updated_at = now() - interval '1 hour' where slug = 'uses-consent-5'`)
    await publishPending(payload, { outDir })
    expect(countLine()).toBe('<p>3 published rules use it.</p>')
  })

  it('follows a renamed method: its page moves, and the methods relating to it link the new address', async () => {
    const { publishPending } = await import('../../site/publish')
    const { docs } = await payload.find({ collection: 'methods', pagination: false, depth: 0, limit: 0 })
    const usable = (doc: (typeof docs)[number] | undefined) =>
      !!doc && ![BAD_SLUG, 'consent', 'lazy-consensus'].includes(doc.slug) && exists(`methods/${doc.slug}/index.html`)
    const pairs = docs.flatMap((doc) =>
      ((doc.related as string[] | undefined) ?? []).map((id) => [doc, docs.find((other) => other.id === id)] as const),
    )
    const [relating, target] = pairs.find(([doc, other]) => usable(doc) && usable(other) && doc.id !== other!.id)!
    if (!target) throw new Error('the seed has no related pair')
    expect(exists(`methods/${target.slug}/index.html`)).toBe(true)
    await payload.update({
      collection: 'methods',
      id: target.id,
      data: { slug: `${target.slug}-renamed`, _status: 'published' },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
    await publishPending(payload, { outDir })
    expect(exists(`methods/${target.slug}-renamed/index.html`)).toBe(true)
    expect(exists(`methods/${target.slug}`)).toBe(false)
    const page = read(`methods/${relating.slug}/index.html`)
    expect(page).toContain(`<a href="/methods/${target.slug}-renamed/">`)
    expect(page).not.toContain(`<a href="/methods/${target.slug}/">`)
  })

  it('removes the page of an unpublished method (queued by its hook) and of a deleted one', async () => {
    const id = await methodId('consent')
    await payload.update({ collection: 'methods', id, data: { _status: 'draft' }, overrideAccess: true })
    await waitFor(() => !exists('methods/consent'))
    await waitFor(() => !read('sitemap.xml').includes('/methods/consent/'))
    expect(read('methods/index.html')).not.toContain('href="/methods/consent/"')
    const [slug] = (await templatesUsing('consent'))[0]!
    expect(read(`templates/${slug}/index.html`)).not.toContain('/methods/consent/')

    const other = await methodId('lazy-consensus')
    expect(exists('methods/lazy-consensus/index.html')).toBe(true)
    await payload.delete({ collection: 'methods', id: other, overrideAccess: true })
    await waitFor(() => !exists('methods/lazy-consensus'))

    // Published again: back, by the same hook.
    await payload.update({ collection: 'methods', id, data: { _status: 'published' }, overrideAccess: true })
    await waitFor(() => exists('methods/consent/index.html'))
  })
})

describe('site search, incremental', () => {
  it('an incremental build brings the index up to date in the background', async () => {
    const { publishPending } = await import('../../site/publish')
    await createRule('searchable-rule', [consent])
    await publishPending(payload, { outDir })
    expect(exists('rules/searchable-rule/index.html')).toBe(true)
    await waitFor(() => searchedUrls().includes('/rules/searchable-rule/'), 30_000)
    await waitFor(() => searchedPages() === pagesOnDisk(), 30_000)
    // Only the current version of the index is kept.
    expect(readdirSync(path.join(outDir, '_search'))).toHaveLength(1)
  })
})
