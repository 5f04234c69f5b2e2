/**
 * The one renderer behind full and incremental builds: Eleventy renders the Nunjucks pages to memory
 * (`toJSON`), then every file is written atomically (temp file in the same directory + rename), so a
 * reader never sees half a page. Incremental builds run the same templates over a subset of the
 * data and ignore the page templates they do not need, so their HTML is identical to a full build's.
 * Every output path is confined to the output directory (site/output-path.ts), and a rule or
 * template whose page fails is left out and returned as a failure (site/page-failures.ts).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import { paths } from '@communityrule/core/paths'
import type { GonePage, SiteData, SiteMethod, SiteRule } from './_data/load'
import { PagedRenderer, type OutputFile, type PagedTemplate, type RenderedPage } from './paged-render'
import { ruleParts } from './rule-files'
import { recordRemovedFromSearch } from './search-index'
import { resetMadeDirs, writeAtomic, writeQueue } from './write'
import { RulePagePool, WORKER_THRESHOLD, workerCount } from './rule-pool'
import { insideOutDir, removablePath, removableTombstone, tombstonePath, type RemovableFolder } from './output-path'
import { GONE_DIR } from '@communityrule/core/paths'
import { pageFailure, withoutFailed, type PageFailure } from './page-failures'

export { writeAtomic } from './write'

export const siteDir = import.meta.dirname
const repoRoot = path.resolve(siteDir, '..')

/** Every page template; incremental builds pass the subset they need. */
export const pageTemplates = [
  'index.njk',
  'how-it-works.njk',
  '404.njk',
  'create.njk',
  'sign-in.njk',
  'account.njk',
  'search.njk',
  'templates/index.njk',
  'templates/template.njk',
  'methods/index.njk',
  'methods/method.njk',
  'rules/index.njk',
  'rules/rule.njk',
  'rules/version.njk',
  'rules/changes.njk',
  'rules/history.njk',
  'sitemap.njk',
  'feed.njk',
  'robots.njk',
  'gone.njk',
] as const
export type PageTemplate = (typeof pageTemplates)[number]

/** The pages that run web components, each with its own entry script (front matter `components: create`). */
export const appPages = ['create', 'sign-in', 'account'] as const
export type AppPage = (typeof appPages)[number]
/** An app page's entry script and the chunks it imports statically (`<link rel="modulepreload">`). */
export type PageScript = { src: string; preload: string[] }
export type Assets = {
  css: string
  vitals: string
  ruleActions: string
  search: string
  components: Record<AppPage, PageScript>
}

function hashName(content: Buffer, name: string, ext: string): string {
  return `${name}.${createHash('sha256').update(content).digest('hex').slice(0, 10)}${ext}`
}

/** Copies an asset to `assets/<name>.<hash>.<ext>` (if not there yet) and returns its public path. */
function fingerprint(source: string, outDir: string, name: string): string {
  const content = readFileSync(source)
  const file = hashName(content, name, path.extname(source))
  const target = path.join(outDir, 'assets', file)
  if (!existsSync(target)) writeAtomic(target, content)
  return `/assets/${file}`
}

/**
 * Publishes the fingerprinted assets. Old hashed files are kept (pages still cached by browsers may
 * reference them); a full build prunes them.
 */
export function publishAssets(outDir: string, { prune = false } = {}): Assets {
  const dist = path.join(repoRoot, 'components', 'dist')
  const manifestPath = path.join(dist, 'manifest.json')
  if (!existsSync(manifestPath)) {
    throw new Error('components/dist is missing or out of date: run `npm run build:components` first')
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string; imports: string[] }>
  if (prune) {
    rmSync(path.join(outDir, 'assets'), { recursive: true, force: true })
    rmSync(path.join(outDir, 'components', 'chunks'), { recursive: true, force: true })
  }
  // Chunks keep esbuild's content-hashed names. Entries import them relative to themselves, so they
  // sit beside both copies of the entries; they are written before the entries that import them.
  for (const name of readdirSync(path.join(dist, 'chunks'))) {
    if (!name.endsWith('.js')) continue
    for (const dir of ['assets', 'components']) {
      const target = path.join(outDir, dir, 'chunks', name)
      if (!existsSync(target)) writeAtomic(target, readFileSync(path.join(dist, 'chunks', name)))
    }
  }
  // A stable URL for third-party embeds (short cache) next to fingerprinted copies for our pages.
  writeAtomic(path.join(outDir, 'components', 'cr.js'), readFileSync(path.join(dist, 'cr.js')))
  const pageScript = (page: AppPage): PageScript => ({
    src: fingerprint(path.join(dist, manifest[page]!.file), outDir, page),
    preload: manifest[page]!.imports.map((file) => `/assets/${file}`),
  })
  return {
    css: fingerprint(path.join(siteDir, 'assets', 'site.css'), outDir, 'site'),
    vitals: fingerprint(path.join(dist, 'vitals.js'), outDir, 'vitals'),
    // Minified by components/build.mjs from site/assets/rule-actions.js.
    ruleActions: fingerprint(path.join(dist, 'rule-actions.js'), outDir, 'rule-actions'),
    search: fingerprint(path.join(dist, 'search.js'), outDir, 'search'),
    components: Object.fromEntries(appPages.map((page) => [page, pageScript(page)])) as Record<AppPage, PageScript>,
  }
}

export type RenderResult = { files: number; htmlPages: number; rulePages: number; failures: PageFailure[] }

const pagedTemplates: readonly PagedTemplate[] = [
  'rules/rule.njk',
  'rules/version.njk',
  'rules/changes.njk',
  'rules/history.njk',
  'rules/index.njk',
  'methods/method.njk',
]
let pagedRenderer: PagedRenderer | undefined

/** Runs Eleventy over `templates` only, in memory. */
export async function renderWithEleventy(
  outDir: string,
  data: SiteData,
  assets: Assets,
  templates: readonly PageTemplate[],
) {
  if (!templates.length) return []
  const skip = pageTemplates.filter((t) => !templates.includes(t))
  const elev = new Eleventy(siteDir, outDir, {
    quietMode: true,
    configPath: path.join(siteDir, 'eleventy.config.js'),
    config(eleventyConfig: any) {
      eleventyConfig.addGlobalData('cms', data)
      // A rule's versions, what changed in each and its history: pages of their own (PagedRenderer
      // writes them with the rule page; Eleventy paginates over these lists).
      eleventyConfig.addGlobalData('ruleParts', ruleParts(data.rulePages))
      // Every URL the templates link to comes from core/paths (`{{ paths.rule(rule.slug) }}`).
      eleventyConfig.addGlobalData('paths', paths)
      eleventyConfig.addGlobalData('assets', assets)
      // Ignore globs are relative to the working directory.
      for (const file of skip) eleventyConfig.ignores.add(path.relative(process.cwd(), path.join(siteDir, file)))
    },
  })
  const entries = (await elev.toJSON()) as Array<{ outputPath: string | false; url: string; content: string }>
  return entries.filter((entry): entry is { outputPath: string; url: string; content: string } =>
    Boolean(entry.outputPath),
  )
}

/**
 * Renders `templates` (default: all) with `data` and writes the output atomically into `outDir`.
 * The rule-paginated templates go through PagedRenderer (same output, much faster: a rule's page
 * brings every other file of the rule with it, site/rule-files.ts), the rest through Eleventy
 * (tests/unit/site-render.test.ts compares the two).
 */
export async function renderPages({
  outDir,
  data,
  assets,
  templates = pageTemplates,
  pool,
}: {
  outDir: string
  data: SiteData
  assets: Assets
  templates?: readonly PageTemplate[]
  /** Workers for the rule pages (one-shot: closed here). Default: a new pool for ≥ WORKER_THRESHOLD rule pages. */
  pool?: RulePagePool
}): Promise<RenderResult> {
  const paged = templates.filter((t): t is PagedTemplate => pagedTemplates.includes(t as PagedTemplate))
  const viaEleventy = templates.filter((t) => !paged.includes(t as PagedTemplate))
  const rulesOnWorkers =
    paged.includes('rules/rule.njk') &&
    (pool !== undefined || (data.rulePages.length >= WORKER_THRESHOLD && workerCount() > 0))
  if (rulesOnWorkers) pool ??= new RulePagePool(siteDir)
  else void pool?.close()
  let files = 0
  let htmlPages = 0
  const failures: PageFailure[] = []
  const queue = writeQueue()
  /** Queues one file; every path is confined to outDir. With a record, a failed write skips that record only. */
  const write = async (
    outputPath: string,
    content: string,
    record?: { kind: 'rule'; rule: SiteRule } | { kind: 'method'; method: SiteMethod },
  ) => {
    const html = outputPath.endsWith('.html')
    const skipRecord = (err: unknown) => {
      files--
      if (html) htmlPages--
      failures.push(pageFailure(record!.kind, record!.kind === 'rule' ? record!.rule : record!.method, err))
    }
    await queue.add(insideOutDir(outDir, outputPath), content, record && skipRecord)
    files++
    if (html) htmlPages++
  }
  // Rule pages on the workers while this thread runs Eleventy and the listings.
  const onWorkers = rulesOnWorkers ? pool!.render(data, assets, outDir).finally(() => pool!.close()) : undefined
  onWorkers?.catch(() => {}) // awaited below; do not report it unhandled meanwhile
  let live = data
  /** The pages PagedRenderer writes: rule and method pages (then, after Eleventy's, the rule listings). */
  const writePaged = async (source: SiteData) => {
    pagedRenderer ??= new PagedRenderer(siteDir)
    if (paged.includes('rules/rule.njk') && !rulesOnWorkers) {
      for (const [i, rule] of source.rulePages.entries()) {
        let files: OutputFile[]
        try {
          files = pagedRenderer.ruleFiles(source, assets, outDir, rule, i)
        } catch (err) {
          failures.push(pageFailure('rule', rule, err))
          continue
        }
        for (const file of files) await write(file.outputPath, file.content, { kind: 'rule', rule })
      }
    }
    if (paged.includes('methods/method.njk')) {
      for (const [i, method] of source.methodPages.entries()) {
        let page: RenderedPage
        try {
          page = pagedRenderer.methodPage(source, assets, outDir, method, i)
        } catch (err) {
          failures.push(pageFailure('method', method, err))
          continue
        }
        await write(page.outputPath, page.content, { kind: 'method', method })
      }
    }
  }
  const writeListings = async (source: SiteData) => {
    pagedRenderer ??= new PagedRenderer(siteDir)
    if (paged.includes('rules/index.njk'))
      for (const page of pagedRenderer.listingPages(source, assets, outDir)) await write(page.outputPath, page.content)
  }
  try {
    // The pages someone is waiting for first: a rule or method page, then Eleventy's run (~0.5 s at
    // 10,000 rules: a template page, the home page, sitemap, feed), then the rule listings (200 pages).
    const pagedFailures = failures.length
    if (paged.length) await writePaged(data)
    const pagedFailed = failures.length - pagedFailures
    const eleventy = await renderEleventyPages(outDir, data, assets, viaEleventy, failures)
    live = eleventy.data
    for (const entry of eleventy.entries) await write(entry.outputPath, entry.content)
    // A template page that failed is left out of `live`: those pages are written again without it
    // (and report their own failures once).
    if (paged.length && live !== data) {
      failures.splice(pagedFailures, pagedFailed)
      await writePaged(live)
    }
    if (paged.length) await writeListings(live)
    await queue.drain()
  } finally {
    if (onWorkers) {
      const counts = await onWorkers
      files += counts.files
      htmlPages += counts.htmlPages
      failures.push(...counts.failures)
    }
  }
  // A rule or method whose page failed is still in the listings just written: write those again
  // without it (after the drain above, so the second version of a file is the one that lands).
  const failedRules = new Set(failures.filter((f) => f.kind === 'rule').map((f) => f.id))
  const failedMethods = new Set(failures.filter((f) => f.kind === 'method').map((f) => f.id))
  const listedRuleFailed = live.ruleIndex.some((rule) => failedRules.has(rule.id))
  const listedMethodFailed = live.methods.some((method) => failedMethods.has(method.id))
  if (listedRuleFailed || listedMethodFailed) {
    live = withoutFailed(live, failures)
    const again = templates.filter(
      (t) => (listedRuleFailed && ruleListings.includes(t)) || (listedMethodFailed && methodListings.includes(t)),
    )
    const eleventy = await renderWithEleventy(
      outDir,
      live,
      assets,
      again.filter((t) => viaEleventy.includes(t)),
    )
    for (const entry of eleventy) await write(entry.outputPath, entry.content)
    if (listedRuleFailed && paged.includes('rules/index.njk'))
      for (const page of pagedRenderer!.listingPages(live, assets, outDir)) await write(page.outputPath, page.content)
    await queue.drain()
  }
  const rulePages = templates.includes('rules/rule.njk')
    ? data.rulePages.filter((rule) => !failedRules.has(rule.id)).length
    : 0
  return { files, htmlPages, rulePages, failures: dedupe(failures) }
}

/** The pages that list rules: rendered again, without it, when a rule's page fails. */
const ruleListings: readonly PageTemplate[] = ['index.njk', 'rules/index.njk', 'sitemap.njk', 'feed.njk']
/** The pages that list methods: rendered again, without it, when a method's page fails. */
const methodListings: readonly PageTemplate[] = ['methods/index.njk', 'sitemap.njk']

/** One failure per record (a rule whose page and rule.md both failed is one skipped rule). */
function dedupe(failures: PageFailure[]): PageFailure[] {
  return [...new Map(failures.map((f) => [`${f.kind}:${f.id}`, f])).values()]
}

/**
 * Eleventy renders a whole run or throws. When it throws with template pages in the run, each
 * template page is tried on its own (only on this path) to find the record(s) at fault; those are
 * left out and the run repeated. An error no template explains is not a record's and fails the build.
 */
async function renderEleventyPages(
  outDir: string,
  data: SiteData,
  assets: Assets,
  templates: readonly PageTemplate[],
  failures: PageFailure[],
) {
  try {
    return { entries: await renderWithEleventy(outDir, data, assets, templates), data }
  } catch (err) {
    if (!templates.includes('templates/template.njk') || !data.templatePages.length) throw err
    const bad: PageFailure[] = []
    for (const template of data.templatePages) {
      const alone = { ...data, templatePages: [template] }
      await renderWithEleventy(outDir, alone, assets, ['templates/template.njk']).catch((e: unknown) =>
        bad.push(pageFailure('template', template, e)),
      )
    }
    if (!bad.length) throw err
    failures.push(...bad)
    const rest = withoutFailed(data, bad)
    return { entries: await renderWithEleventy(outDir, rest, assets, templates), data: rest }
  }
}

export const RULES_PER_LISTING_PAGE = 50

type PageFolder = RemovableFolder

/** The entries of one of the output's page folders (none if it is missing). */
function folderEntries(outDir: string, folder: PageFolder): string[] {
  const dir = insideOutDir(outDir, folder)
  return existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir) : []
}

/**
 * The rule, template and method folders in the output that no public record in `data` names: pages
 * of rules, templates and methods that were hidden, deleted, unpublished or skipped since they were written.
 */
export function orphanPages(
  outDir: string,
  data: Pick<SiteData, 'ruleIndex' | 'templates'> & { methods?: SiteData['methods'] },
): { rules: string[]; templates: string[]; methods: string[] } {
  const live = new Set(data.ruleIndex.map((rule) => rule.slug))
  const templateSlugs = new Set(data.templates.map((t) => t.slug))
  // Without the library in `data`, no method page is taken for an orphan.
  const methodSlugs = data.methods && new Set(data.methods.map((m) => m.slug))
  return {
    rules: folderEntries(outDir, 'rules').filter((name) => name !== 'page' && name !== 'index.html' && !live.has(name)),
    templates: folderEntries(outDir, 'templates').filter((name) => name !== 'index.html' && !templateSlugs.has(name)),
    methods: methodSlugs
      ? folderEntries(outDir, 'methods').filter((name) => name !== 'index.html' && !methodSlugs.has(name))
      : [],
  }
}

/**
 * Removes pages whose rule, template or method is no longer public (hidden, deleted, unpublished, or
 * skipped because its page could not be built) and listing pages past the end. Only ever removes
 * direct entries of rules/, rules/page/, templates/ and methods/ (site/output-path.ts). Returns the
 * names of the rule folders removed.
 */
export function removeStalePages(
  outDir: string,
  data: Pick<SiteData, 'ruleIndex' | 'templates'> & { methods?: SiteData['methods'] },
): string[] {
  resetMadeDirs()
  const remove = (folder: PageFolder, name: string) =>
    rmSync(removablePath(outDir, folder, name), { recursive: true, force: true })
  const orphans = orphanPages(outDir, data)
  for (const name of orphans.rules) remove('rules', name)
  const lastPage = Math.max(1, Math.ceil(data.ruleIndex.length / RULES_PER_LISTING_PAGE))
  for (const name of folderEntries(outDir, 'rules/page')) {
    if (!(Number(name) >= 2 && Number(name) <= lastPage)) remove('rules/page', name)
  }
  for (const name of orphans.templates) remove('templates', name)
  for (const name of orphans.methods) remove('methods', name)
  recordRemovedFromSearch(outDir, [
    ...orphans.rules.map(paths.rule),
    ...orphans.templates.map(paths.template),
    ...orphans.methods.map(paths.method),
  ])
  return orphans.rules
}

// ---- tombstones: removed pages that answer 410 Gone (site/gone.njk, functions/middleware/serve-site.ts) ----

/** The rule slugs that have a tombstone in the output. */
function tombstoneEntries(outDir: string): string[] {
  const dir = insideOutDir(outDir, GONE_DIR, 'rules')
  return existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir) : []
}

/**
 * Whether the tombstones in the output differ from `gone`: one missing or older than its record
 * (a changed reason), or one whose rule is visible again or deleted.
 */
export function tombstonesStale(outDir: string, gone: readonly GonePage[]): boolean {
  const wanted = new Set(gone.map((page) => page.slug))
  if (tombstoneEntries(outDir).some((name) => !wanted.has(name))) return true
  return gone.some((page) => {
    const file = tombstonePath(outDir, page.kind, page.slug)
    return !existsSync(file) || statSync(file).mtimeMs < Date.parse(page.updatedAt)
  })
}

/** Removes the tombstones of rules that are visible again or deleted; returns their slugs. */
export function removeStaleTombstones(outDir: string, gone: readonly GonePage[]): string[] {
  const wanted = new Set(gone.map((page) => page.slug))
  const stale = tombstoneEntries(outDir).filter((name) => !wanted.has(name))
  for (const name of stale) rmSync(removableTombstone(outDir, name), { recursive: true, force: true })
  return stale
}
