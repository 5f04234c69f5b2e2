/**
 * Site bench (printed figures, no assertions): full build of 10,000 generated rules (pages/s, peak
 * RSS), site search in Chromium, publish→live latency p50/p95 with those rules present (a rule, an
 * amendment, a withdrawal until the rule is gone, a template edit, a method edit), and bytes per page type.
 *
 *   TEST_PG_ADMIN_URL=postgres://… npx tsx bench/site.ts [--rules 10000] [--publishes 30] [--out-base /dev/shm]
 *     [--no-search-queries]
 *
 * Uses a fresh database on TEST_PG_ADMIN_URL (or DATABASE_URL) and a temp output directory under
 * the OS temp dir (or --out-base: e.g. a tmpfs, to separate rendering from the disk's file-creation
 * cost). SITE_RENDER_WORKERS=0 renders rule pages on the main thread (the pre-worker path).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { paths } from '@communityrule/core/paths'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const RULES = arg('rules', 10_000)
const PUBLISHES = arg('publishes', 30)
const outBase = process.argv.includes('--out-base') ? process.argv[process.argv.indexOf('--out-base') + 1]! : tmpdir()

process.env.TEST_PG_ADMIN_URL ||= process.env.DATABASE_URL
const standalone = !process.env.TEST_RUN_ID // run on its own (not from bench/run.ts): clean up after itself
process.env.TEST_RUN_ID ??= `benchsite${Date.now().toString(36)}`
const { createTestDatabase, dropRunDatabases } = await import('../tests/support/postgres')
const outDir = mkdtempSync(path.join(outBase, 'cr-bench-site-'))
process.env.DATABASE_URL = await createTestDatabase('benchsite')
process.env.SITE_DIR = outDir
process.env.CR_JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = 'warn'

const { payloadInstance } = await import('../cms/lib/payload')
const { migrateDatabase } = await import('../cms/lib/migrate')
const { seedMethodsLibrary, seedRuleTemplates } = await import('../cms/seed/index')
const { buildSite } = await import('../site/build')
// This process runs the `site` queue's jobs (the publish→live loops below), as the servers do.
;(await import('../site/publisher')).enableSiteBuilds()
const payload = await payloadInstance()
payload.logger.level = 'warn'
await migrateDatabase(payload)
// The methods library too: its pages are part of every full build, its rule counts of every publish.
await seedMethodsLibrary({ payload })
await seedRuleTemplates({ payload })
const member = await payload.create({
  collection: 'members',
  data: { email: 'bench@example.org' },
  overrideAccess: true,
})

const kinds = ['values', 'membership', 'roles', 'decisions', 'conflict', 'communication', 'amendments'] as const
// Varied text, as real rules have: each rule draws its community's name and three sentences per
// section from per-section vocabularies, so a word matches anything from a handful of rules to most
// of them (site search's cost depends on how many pages a word matches).
const places = [
  'Riverside',
  'Harbour',
  'Northgate',
  'Elm Street',
  'Hillcrest',
  'Millbrook',
  'Southbank',
  'Oakwood',
  'Lakeside',
  'Westfield',
  'Cedar',
  'Granary',
  'Foundry',
  'Orchard',
  'Quarry',
  'Meadow',
  'Copper',
  'Linden',
  'Beacon',
  'Saltmarsh',
  'Thornbury',
  'Kestrel',
  'Willow',
  'Ashdown',
  'Fernhill',
  'Bramble',
  'Marigold',
]
const groups = [
  'Tool Library',
  'Food Co-op',
  'Tenants Union',
  'Repair Cafe',
  'Choir',
  'Hackerspace',
  'Seed Bank',
  'Cycling Club',
  'Mutual Aid Network',
  'Housing Co-op',
  'Book Club',
  'Open Source Project',
  'Community Garden',
  'Bakery Collective',
  'Childcare Circle',
  'Radio Station',
  'Makerspace',
  'Climbing Wall',
  'Chess Club',
]
const vocab: Record<(typeof kinds)[number], string[]> = {
  values: [
    'solidarity',
    'care',
    'honesty',
    'openness',
    'thrift',
    'curiosity',
    'patience',
    'hospitality',
    'courage',
    'play',
    'craft',
    'rest',
  ],
  membership: [
    'newcomers',
    'dues',
    'sponsors',
    'probation',
    'waitlist',
    'orientation',
    'volunteers',
    'households',
    'apprentices',
    'alumni',
  ],
  roles: [
    'treasurer',
    'facilitator',
    'secretary',
    'coordinator',
    'steward',
    'quartermaster',
    'archivist',
    'greeter',
    'librarian',
    'convenor',
  ],
  decisions: [
    'consent',
    'consensus',
    'majority',
    'quorum',
    'ballot',
    'proposal',
    'veto',
    'sortition',
    'delegation',
    'supermajority',
  ],
  conflict: [
    'mediation',
    'restorative',
    'grievance',
    'ombudsperson',
    'apology',
    'cooling-off',
    'witness',
    'arbitration',
    'circle',
  ],
  communication: [
    'newsletter',
    'forum',
    'chatroom',
    'noticeboard',
    'mailing list',
    'assembly',
    'minutes',
    'potluck',
    'radio',
  ],
  amendments: ['petition', 'referendum', 'review', 'sunset', 'ratify', 'notice period', 'anniversary', 'two readings'],
}
const frames = [
  (w: string, v: string) => `We rely on ${w} whenever ${v} comes up, and we write down what we learn.`,
  (w: string, v: string) => `The ${w} is reviewed each season; ${v} is part of that review.`,
  (w: string, v: string) => `Anyone may raise ${w} at the next gathering, with ${v} in mind.`,
  (w: string, v: string) => `Our ${w} practice changed after a long winter of ${v}.`,
  (w: string, v: string) => `Ask about ${w} in the kitchen; ${v} is explained on the wall.`,
]
/** Deterministic: the same rule text in every run (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
function documentFor(i: number) {
  const next = random(i + 1)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const name = `${pick(places)} ${pick(groups)} ${i}`
  return {
    title: `Rule of the ${name}`,
    summary: `How the ${name} makes decisions, shares roles and resolves conflict.`,
    community: {
      name,
      description: `A group of about ${i % 300} people who share tools and time.`,
      size: `${i % 300}`,
    },
    sections: kinds.map((kind, s) => ({
      id: kind,
      kind,
      title: `${kind[0]!.toUpperCase()}${kind.slice(1)}`,
      body:
        [0, 1, 2].map(() => pick(frames)(pick(vocab[kind]), pick(vocab[pick(kinds)]))).join(' ') +
        `\n\n- We meet every ${pick(['first', 'second', 'third', 'last'])} ${pick(['Monday', 'Tuesday', 'Thursday', 'Saturday'])}.` +
        `\n- Questions go to the [${pick(vocab.communication)}](https://example.org/${i}).`,
      modules:
        s % 2
          ? [
              {
                id: `m${s}`,
                name: 'Consent',
                summary: 'A proposal passes when nobody objects.',
                config: 'Objection window: 7 days',
              },
            ]
          : undefined,
    })),
  }
}

// ---- data: 10,000 rules straight into Postgres (no hooks; a bench fixture, not product code) ----
const { dbPool } = await import('@communityrule/core/data/pool')
const pool = dbPool(payload)
let t = performance.now()
for (let start = 0; start < RULES; start += 1000) {
  const n = Math.min(1000, RULES - start)
  const values: unknown[] = []
  const rows: string[] = []
  for (let k = 0; k < n; k++) {
    const i = start + k
    const doc = documentFor(i)
    const base = values.length
    values.push(
      doc.title,
      `rule-of-community-${i}`,
      member.id,
      doc.summary,
      JSON.stringify(doc),
      new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    )
    rows.push(`($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}::jsonb, $${base + 6}, false)`)
  }
  await pool.query(
    `insert into rules (title, slug, owner_id, summary, document, published_at, hidden) values ${rows.join(',')}`,
    values,
  )
}
console.log(`bench site: inserted ${RULES} rules in ${((performance.now() - t) / 1000).toFixed(1)}s`)

// ---- full build ----
const loadBefore = (await import('node:os')).loadavg()[0]!
const cpuBefore = process.cpuUsage()
// The search index is timed on its own below (buildSite runs it after the pages otherwise).
const full = await buildSite({ payload, outDir, log: (line) => console.log(`  ${line}`), searchIndex: false })
const cpu = process.cpuUsage(cpuBefore)
const rssMb = process.resourceUsage().maxRSS / 1024
console.log(
  `bench site: full build ${full.pages} HTML pages (${full.rulePages} rule pages) in ${full.seconds.toFixed(2)}s — ` +
    `${Math.round(full.pages / full.seconds)} pages/s, ${Math.round(full.rulePages / full.seconds)} rule pages/s ` +
    `(data load ${full.dataSeconds.toFixed(2)}s); peak RSS ${rssMb.toFixed(0)} MB; CPU user ${(cpu.user / 1e6).toFixed(1)}s ` +
    `system ${(cpu.system / 1e6).toFixed(1)}s; out ${outBase}; load average before ${loadBefore.toFixed(2)}`,
)

// ---- site search: the Pagefind index of every rule, template and method page, then queries in Chromium ----
const { buildSearchIndex } = await import('../site/search-index')
const search = await buildSearchIndex(outDir)
console.log(
  `bench site: search index ${search.pages} pages in ${search.seconds.toFixed(1)}s, ${(search.bytes / 1024 / 1024).toFixed(1)} MB ` +
    `(${Math.round(search.bytes / search.pages)} B per page)`,
)
// --no-search-queries: skip the Chromium step (for runs that measure only publish→live and sizes).
if (!process.argv.includes('--no-search-queries')) await measureSearchInChromium()

async function measureSearchInChromium() {
  const express = (await import('express')).default
  const { chromium } = await import('@playwright/test')
  const app = express().use(express.static(outDir, { extensions: ['html'] }))
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const { port } = server.address() as import('node:net').AddressInfo
  const { chromiumLaunchOptions } = await import('../tests/support/chromium')
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    /** Types the query as a person would (so Pagefind preloads while typing), presses Enter, reads the timings. */
    const searchFor = async (query: string) => {
      await page.evaluate(() => delete document.body.dataset.resultsMs)
      await page.fill('#search-q', '')
      await page.type('#search-q', query, { delay: 150 })
      await page.press('#search-q', 'Enter')
      await page.waitForFunction(() => document.body.dataset.resultsMs !== undefined)
      const { searchMs, resultsMs } = await page.evaluate(() => ({ ...document.body.dataset }))
      return { search: Number(searchMs), results: Number(resultsMs) }
    }
    await page.goto(`http://127.0.0.1:${port}/search/`)
    const first = await searchFor('harbour choir')
    const hits = await page.locator('.search-results li').count()
    // How many of the rules a word matches decides the cost: measured apart.
    const queries = {
      'common (most rules)': ['gathering', 'decisions', 'tuesday', 'questions', 'kitchen'],
      'mid (a tenth of the rules)': ['mediation', 'treasurer', 'petition', 'newsletter', 'solidarity'],
      'rare (a few rules)': ['saltmarsh choir', 'kestrel 4242', 'granary seed bank', 'copper chess', 'linden bakery'],
    }
    for (const [kind, list] of Object.entries(queries)) {
      const timings: Array<{ search: number; results: number }> = []
      for (const query of list) for (let i = 0; i < 4; i++) timings.push(await searchFor(query))
      console.log(
        `bench site: search in Chromium (${RULES} rules), ${kind}: search ${percentiles(timings.map((w) => w.search))}; ` +
          `until the first 10 results are shown ${percentiles(timings.map((w) => w.results))} — target < 100 ms`,
      )
    }
    console.log(
      `bench site: first query ${first.results} ms (Pagefind started as the page opened; ${hits} results shown)`,
    )
  } finally {
    await browser.close()
    server.close()
  }
}

// ---- publish → live: create through Payload (hook queues + kicks the job), poll for the file ----
const latencies: number[] = []
let phaseStart = new Date()
for (let p = 0; p < PUBLISHES; p++) {
  const slug = `bench-publish-${p}`
  const file = path.join(outDir, 'rules', slug, 'index.html')
  t = performance.now()
  await payload.create({
    collection: 'rules',
    data: {
      title: `Bench publish ${p}`,
      slug,
      owner: member.id,
      document: documentFor(RULES + p),
      publishedAt: new Date().toISOString(),
    },
    overrideAccess: true,
  })
  while (!existsSync(file)) {
    if (performance.now() - t > 30_000) throw new Error(`${slug} not live after 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  latencies.push(performance.now() - t)
  await new Promise((resolve) => setTimeout(resolve, 100))
}
/**
 * How long the incremental builds of a phase took inside the job (site-builds rows since `since`):
 * the rest of publish→live is pick-up (the kick after commit), waiting for the lock and the bench's
 * polling.
 */
async function buildWork(since: Date): Promise<string> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { and: [{ kind: { equals: 'incremental' } }, { createdAt: { greater_than_equal: since.toISOString() } }] },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  return `${docs.length} builds, their own work ${percentiles(docs.map((build) => build.seconds * 1000))}`
}
/** "p50 … ms, p95 … ms, max … ms" of a list of latencies. */
function percentiles(list: number[]): string {
  if (!list.length) return 'none measured'
  const sorted = [...list].sort((a, b) => a - b)
  const pct = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return `p50 ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`
}
console.log(
  `bench site: publish→live over ${PUBLISHES} publishes with ${RULES} rules: ${percentiles(latencies)} (${await buildWork(phaseStart)})`,
)

// ---- amendment → live: a steward amends a published rule (its page, the new version's pages, history) ----
const { amendRule } = await import('@communityrule/core/data/rule-versions')
const amendLatencies: number[] = []
phaseStart = new Date()
if (PUBLISHES) {
  const slug = 'bench-publish-0'
  for (let p = 0; p < PUBLISHES; p++) {
    const document = documentFor(RULES + 1000 + p)
    const note = `Bench amendment ${p}.`
    const version = path.join(outDir, 'rules', slug, 'v', String(p + 2))
    // Live means every page the amendment touches shows it: the rule's page, its history, the new
    // version's own page and its changes against the one before.
    const pages: Array<[file: string, marker: string]> = [
      [path.join(outDir, 'rules', slug, 'index.html'), `Version ${p + 2} ·`],
      [path.join(outDir, 'rules', slug, 'history', 'index.html'), note],
      [path.join(version, 'index.html'), `Version ${p + 2} ·`], // the current version's page is the rule's page
      [path.join(version, 'changes', 'index.html'), note],
    ]
    const shown = ([file, marker]: [string, string]) => existsSync(file) && readFileSync(file, 'utf8').includes(marker)
    t = performance.now()
    const amended = await amendRule(payload, member, slug, p + 1, { title: 'Bench publish 0', document, note }, {})
    if (!amended.ok) throw new Error(`amendment ${p} refused: ${amended.reason}`)
    while (!pages.every(shown)) {
      if (performance.now() - t > 30_000) {
        const missing = pages.filter((page) => !shown(page)).map(([file, marker]) => `${file} (${marker})`)
        throw new Error(`amendment ${p} not live after 30 s: ${missing.join(', ')}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    amendLatencies.push(performance.now() - t)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
console.log(
  `bench site: amendment→live over ${PUBLISHES} amendments of one rule with ${RULES} rules: ${percentiles(amendLatencies)} (${await buildWork(phaseStart)})`,
)

// ---- withdrawal → gone: a steward withdraws a rule (page, listings, sitemap, feed and search) ----
const { withdrawRule } = await import('@communityrule/core/data/stewardship')
const { pagePath, tombstonePath } = await import('../site/output-path')
const withdrawLatencies: number[] = []
phaseStart = new Date()
for (let p = 1; p < PUBLISHES; p++) {
  const slug = `bench-publish-${p}`
  const url = paths.rule(slug)
  // Gone means: its page replaced by the 410 tombstone, and its URL in none of the listings, the
  // sitemap and the feed, and on the list the search page leaves out until the index is rebuilt.
  const gone = () =>
    !existsSync(pagePath(outDir, 'rule', slug)) &&
    existsSync(tombstonePath(outDir, 'rule', slug)) &&
    ['rules/index.html', 'index.html', 'sitemap.xml', 'feed.xml'].every(
      (file) => !readFileSync(path.join(outDir, file), 'utf8').includes(url),
    ) &&
    existsSync(path.join(outDir, paths.searchRemoved)) &&
    readFileSync(path.join(outDir, paths.searchRemoved), 'utf8').includes(url)
  t = performance.now()
  const withdrawn = await withdrawRule(payload, member, slug, `Bench withdrawal ${p}.`)
  if (!withdrawn.ok) throw new Error(`withdrawal of ${slug} refused: ${withdrawn.reason}`)
  while (!gone()) {
    if (performance.now() - t > 30_000) throw new Error(`${slug} not gone after 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  withdrawLatencies.push(performance.now() - t)
  await new Promise((resolve) => setTimeout(resolve, 100))
}
console.log(
  `bench site: withdrawal→gone over ${PUBLISHES - 1} withdrawals with ${RULES} rules: ${percentiles(withdrawLatencies)} (${await buildWork(phaseStart)})`,
)

// ---- template publish → live: an editor publishes an edit (afterChange queues + kicks the job) ----
const templateLatencies: number[] = []
phaseStart = new Date()
const edited = (await payload.find({ collection: 'rule-templates', where: { slug: { equals: 'lazy-consensus' } } }))
  .docs[0]!
const templateFile = path.join(outDir, 'templates', edited.slug, 'index.html')
for (let p = 0; p < PUBLISHES; p++) {
  const marker = `Bench edit ${p} of the summary.`
  t = performance.now()
  await payload.update({
    collection: 'rule-templates',
    id: edited.id,
    data: { summary: marker, _status: 'published' },
    overrideAccess: true,
  })
  while (!readFileSync(templateFile, 'utf8').includes(marker)) {
    if (performance.now() - t > 30_000) throw new Error(`template edit ${p} not live after 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  templateLatencies.push(performance.now() - t)
  await new Promise((resolve) => setTimeout(resolve, 100))
}
console.log(
  `bench site: template publish→live over ${PUBLISHES} edits with ${RULES} rules: ${percentiles(templateLatencies)} (${await buildWork(phaseStart)})`,
)

// ---- method publish → live: an editor publishes an edit (its page, /methods/, the templates using it) ----
const methodLatencies: number[] = []
phaseStart = new Date()
const method = (await payload.find({ collection: 'methods', where: { slug: { equals: 'consent' } } })).docs[0]!
const methodFile = path.join(outDir, 'methods', method.slug, 'index.html')
for (let p = 0; p < PUBLISHES; p++) {
  const marker = `Bench edit ${p} of the method.`
  t = performance.now()
  await payload.update({
    collection: 'methods',
    id: method.id,
    data: { summary: marker, _status: 'published' },
    overrideAccess: true,
  })
  while (!readFileSync(methodFile, 'utf8').includes(marker)) {
    if (performance.now() - t > 30_000) throw new Error(`method edit ${p} not live after 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  methodLatencies.push(performance.now() - t)
  await new Promise((resolve) => setTimeout(resolve, 100))
}
console.log(
  `bench site: method publish→live over ${PUBLISHES} edits with ${RULES} rules: ${percentiles(methodLatencies)} (${await buildWork(phaseStart)})`,
)

// ---- bytes per page type ----
const html = readFileSync(path.join(outDir, 'rules', 'rule-of-community-42', 'index.html'))
const cssPath = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(html.toString())![1]!
const css = readFileSync(path.join(outDir, cssPath))
const jsBytes = [...html.toString().matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map(
  (m) => gzipSync(readFileSync(path.join(outDir, m[1]!))).length,
)
const size = (file: string) => {
  const buf = readFileSync(path.join(outDir, file))
  return `${(buf.length / 1024).toFixed(1)} KB raw, ${(gzipSync(buf).length / 1024).toFixed(1)} KB gz`
}
for (const [kind, file] of [
  ['rule', 'rules/rule-of-community-42/index.html'],
  ['rule markdown', 'rules/rule-of-community-42/rule.md'],
  ['home', 'index.html'],
  ['rules listing (50)', 'rules/index.html'],
  ['template', 'templates/lazy-consensus/index.html'],
  ['templates gallery', 'templates/index.html'],
  ['method', 'methods/consent/index.html'],
  ['methods library', 'methods/index.html'],
  ['how it works', 'how-it-works/index.html'],
  ['create (host)', 'create/index.html'],
  ['sitemap.xml', 'sitemap.xml'],
  ['feed.xml', 'feed.xml'],
] as const) {
  console.log(`bench site: ${kind.padEnd(20)} ${size(file)}`)
}
console.log(
  `bench site: site.css            ${(css.length / 1024).toFixed(1)} KB raw, ${(gzipSync(css).length / 1024).toFixed(1)} KB gz`,
)
console.log(
  `bench site: rule page HTML+CSS  ${((gzipSync(html).length + gzipSync(css).length) / 1024).toFixed(1)} KB gz (budget 30); JS ${jsBytes.reduce((a, b) => a + b, 0)} B gz in ${jsBytes.length} files (budget 3072)`,
)

// Let the last queued build finish before its output and database go (it would fail mid-write).
for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
  const pending = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [{ queue: { equals: 'site' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
    },
  })
  if (!pending.totalDocs) break
  await new Promise((resolve) => setTimeout(resolve, 100))
}
await payload.destroy()
rmSync(outDir, { recursive: true, force: true })
if (standalone) await dropRunDatabases().catch(() => {})
process.exit(0)
