import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload } from '../support/payload'
import { query } from '../support/postgres'

let payload: Payload
let databaseUrl: string
let memberId: string
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-site-'))
const fullDir = mkdtempSync(path.join(tmpdir(), 'cr-site-full-'))

const documentFor = (title: string) => ({
  title,
  summary: `Summary of ${title}`,
  community: { name: `${title} community`, description: 'We *meet* weekly.\n\n- one\n- two', size: '12' },
  sections: [
    { id: 'values', kind: 'values' as const, title: 'Values', body: 'We value care.' },
    {
      id: 'decisions',
      kind: 'decisions' as const,
      title: 'How we decide',
      body: 'By consent.',
      modules: [{ id: 'consent', name: 'Consent', summary: 'No objections', config: 'quorum 3' }],
    },
    { id: 'conflict', kind: 'conflict' as const, title: 'Conflict', body: 'We talk first.' },
  ],
})

async function createRule(
  slug: string,
  title: string,
  options: { disableSiteBuild?: boolean; publishedAt?: string } = {},
) {
  return payload.create({
    collection: 'rules',
    data: {
      slug,
      title,
      owner: memberId,
      summary: `Summary of ${title}`,
      document: documentFor(title),
      publishedAt: options.publishedAt ?? new Date().toISOString(),
    },
    overrideAccess: true,
    context: options.disableSiteBuild ? { disableSiteBuild: true } : {},
  })
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return Date.now()
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8')

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
}

/** Maps a root-relative URL path to the file the static server would send, or null. */
function resolves(dir: string, href: string): boolean {
  const pathname = decodeURIComponent(href.split(/[?#]/)[0]!)
  if (pathname.startsWith('/api/') || pathname.startsWith('/admin')) return true
  const file = path.join(dir, pathname)
  if (pathname.endsWith('/')) return existsSync(path.join(file, 'index.html'))
  return (existsSync(file) && statSync(file).isFile()) || existsSync(`${file}.html`)
}

beforeAll(async () => {
  process.env.SITE_DIR = outDir
  process.env.PUBLIC_URL = 'http://localhost:3999'
  ;({ payload, databaseUrl } = await bootPayload('site'))
  const { seedRuleTemplates } = await import('../../cms/seed/index')
  await seedRuleTemplates({ payload })
  memberId = String(
    (await payload.create({ collection: 'members', data: { email: 'builder@example.org' }, overrideAccess: true })).id,
  )
  for (let i = 1; i <= 55; i++) {
    await createRule(`seeded-rule-${i}`, `Seeded rule ${i}`, {
      disableSiteBuild: true,
      publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    })
  }
  const { buildSite } = await import('../../site/build')
  await buildSite({ payload, outDir, log: () => {} })
})

afterAll(async () => {
  await payload?.destroy()
  rmSync(outDir, { recursive: true, force: true })
  rmSync(fullDir, { recursive: true, force: true })
})

describe('full build', () => {
  it('writes every page of SPEC §4', () => {
    for (const file of [
      'index.html',
      'how-it-works/index.html',
      'templates/index.html',
      'templates/lazy-consensus/index.html',
      'rules/index.html',
      'rules/page/2/index.html',
      'rules/seeded-rule-1/index.html',
      'rules/seeded-rule-1/rule.md',
      'create/index.html',
      'sign-in/index.html',
      'account/index.html',
      '404.html',
      'sitemap.xml',
      'feed.xml',
      'robots.txt',
    ]) {
      expect(existsSync(path.join(outDir, file)), file).toBe(true)
    }
    expect(existsSync(path.join(outDir, 'rules/page/3'))).toBe(false)
  })

  it('links only to pages that exist', () => {
    const broken: string[] = []
    for (const file of htmlFiles(outDir)) {
      for (const [, href] of read(outDir, file).matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
        if (!resolves(outDir, href!)) broken.push(`${file} → ${href}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('lists every rule in the sitemap, the newest in the feed, and marks them built', async () => {
    const sitemap = read(outDir, 'sitemap.xml')
    for (let i = 1; i <= 55; i++) expect(sitemap).toContain(`<loc>http://localhost:3999/rules/seeded-rule-${i}/</loc>`)
    expect(sitemap).toContain('/templates/lazy-consensus/</loc>')
    expect(read(outDir, 'feed.xml')).toContain('<title>Seeded rule 55</title>')
    const { rows } = await query(databaseUrl, 'select count(*)::int as n from rules where built_at is null')
    expect(rows[0]!.n).toBe(0)
  })

  it('renders the rule page with its document, share actions and no script but the beacon and its enhancement', () => {
    const html = read(outDir, 'rules/seeded-rule-3/index.html')
    expect(html).toContain('<h1>Seeded rule 3</h1>')
    expect(html).toContain('About Seeded rule 3 community')
    expect(html).toContain('How we decide')
    expect(html).toContain('quorum 3')
    expect(html).toContain('href="/create/?from=seeded-rule-3"')
    expect(html).toContain('href="/rules/seeded-rule-3/rule.md"')
    expect(html).toContain('property="og:title" content="Seeded rule 3"')
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])
    expect(scripts).toHaveLength(2)
    expect(scripts.every((src) => /^\/assets\/(vitals|rule-actions)\.[0-9a-f]{10}\.js$/.test(src!))).toBe(true)
    expect(html).not.toMatch(/<script(?![^>]*src=)/)
    expect(read(outDir, 'rules/seeded-rule-3/rule.md')).toMatch(/^# Seeded rule 3\n/)
  })

  it('paginates /rules/ newest first, 50 per page', () => {
    const first = read(outDir, 'rules/index.html')
    expect(first.indexOf('Seeded rule 55')).toBeLessThan(first.indexOf('Seeded rule 54'))
    expect(first).not.toContain('Seeded rule 5<')
    expect(read(outDir, 'rules/page/2/index.html')).toContain('Seeded rule 5<')
  })
})

describe('incremental publish-to-live', () => {
  it('builds a newly created rule within seconds, sets builtAt, and matches the full build', async () => {
    const started = Date.now()
    const rule = await createRule('fresh-rule', 'Fresh rule')
    const file = path.join(outDir, 'rules/fresh-rule/index.html')
    const liveAt = await waitFor(() => existsSync(file))
    expect(liveAt - started).toBeLessThan(5_000)
    expect(readFileSync(file, 'utf8')).toContain('<h1>Fresh rule</h1>')
    await waitFor(
      async () =>
        (await query(databaseUrl, 'select built_at from rules where id = $1', [rule.id])).rows[0]!.built_at !== null,
    )
    await waitFor(() => read(outDir, 'sitemap.xml').includes('/rules/fresh-rule/'))
    expect(read(outDir, 'rules/index.html')).toContain('Fresh rule')
    expect(read(outDir, 'index.html')).toContain('Fresh rule')

    // Same templates, same data: the incremental page equals the full build's.
    const { buildSite } = await import('../../site/build')
    const { loadSiteData } = await import('../../site/_data/load')
    await buildSite({ outDir: fullDir, data: await loadSiteData(payload), log: () => {} })
    for (const page of [
      'rules/fresh-rule/index.html',
      'rules/index.html',
      'rules/page/2/index.html',
      'index.html',
      'sitemap.xml',
      'rules/fresh-rule/rule.md',
    ]) {
      expect(read(outDir, page), page).toBe(read(fullDir, page))
    }
  })

  it('updates a template page when an editor changes the template', async () => {
    const { docs } = await payload.find({
      collection: 'rule-templates',
      where: { slug: { equals: 'lazy-consensus' } },
      limit: 1,
    })
    await payload.update({
      collection: 'rule-templates',
      id: docs[0]!.id,
      data: { title: 'Lazy consensus (revised)', _status: 'published' },
      overrideAccess: true,
    })
    await waitFor(() =>
      read(outDir, 'templates/lazy-consensus/index.html').includes('<h1>Lazy consensus (revised)</h1>'),
    )
    expect(read(outDir, 'templates/index.html')).toContain('Lazy consensus (revised)')
  })

  it('removes the page of a hidden rule and restores it when unhidden', async () => {
    const { docs } = await payload.find({ collection: 'rules', where: { slug: { equals: 'seeded-rule-7' } }, limit: 1 })
    await payload.update({
      collection: 'rules',
      id: docs[0]!.id,
      data: { hidden: true, hiddenReason: 'Spam' },
      overrideAccess: true,
    })
    await waitFor(() => !existsSync(path.join(outDir, 'rules/seeded-rule-7')))
    await waitFor(() => !read(outDir, 'sitemap.xml').includes('/rules/seeded-rule-7/'))
    expect(read(outDir, 'rules/page/2/index.html')).not.toContain('seeded-rule-7')
    await waitFor(
      async () =>
        (await query(databaseUrl, 'select built_at from rules where id = $1', [docs[0]!.id])).rows[0]!.built_at ===
        null,
    )

    await payload.update({ collection: 'rules', id: docs[0]!.id, data: { hidden: false }, overrideAccess: true })
    await waitFor(() => existsSync(path.join(outDir, 'rules/seeded-rule-7/index.html')))
  })

  it('coalesces jobs and builds one at a time across concurrent runners', async () => {
    const { publishPending } = await import('../../site/publish')
    await createRule('batch-a', 'Batch A', { disableSiteBuild: true })
    await createRule('batch-b', 'Batch B', { disableSiteBuild: true })
    // Two "instances" at once: the lock serialises them; the first builds both rules, the second finds nothing.
    const [one, two] = await Promise.all([publishPending(payload, { outDir }), publishPending(payload, { outDir })])
    const built = [...one, ...two].flatMap((pass) => pass.built)
    // A runner kicked by an earlier test may take part too; what matters is that no page was built
    // twice and both are live.
    expect(new Set(built).size).toBe(built.length)
    expect(built.every((slug) => slug === 'batch-a' || slug === 'batch-b')).toBe(true)
    const { docs } = await payload.find({
      collection: 'rules',
      where: { slug: { in: ['batch-a', 'batch-b'] } },
      depth: 0,
    })
    expect(docs.map((doc) => Boolean(doc.builtAt))).toEqual([true, true])
    expect(existsSync(path.join(outDir, 'rules/batch-b/index.html'))).toBe(true)
    // Extra queued jobs complete without building anything.
    await payload.jobs.queue({ task: 'buildSite', queue: 'site', input: { reason: 'test' } })
    await payload.jobs.run({ queue: 'site' })
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'site' } } })
    expect(totalDocs).toBe(0)
  })

  it('leaves no temp files behind', () => {
    const leftovers = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tmp'))
    expect(leftovers).toEqual([])
  })

  it('sweeps temp files only after a build that did not end well (its marker is still there)', async () => {
    const { publishPending } = await import('../../site/publish')
    const { BUILD_MARKER } = await import('../../site/build-marker')
    const marker = path.join(outDir, BUILD_MARKER)
    const orphan = path.join(outDir, 'rules', 'batch-a', 'index.html.999.0.1.tmp')
    writeFileSync(orphan, '<!doctype html><p>half a page')
    // Every build so far ended well and removed its marker: a publish does not walk the whole output.
    expect(existsSync(marker)).toBe(false)
    await publishPending(payload, { outDir })
    expect(existsSync(orphan)).toBe(true)
    // A build that was killed leaves its marker: the next one sweeps, and ends well.
    writeFileSync(marker, '12345\n')
    await publishPending(payload, { outDir })
    expect(existsSync(orphan)).toBe(false)
    expect(existsSync(marker)).toBe(false)
  })
})
