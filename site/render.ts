/**
 * The one renderer behind full and incremental builds: Eleventy renders the Nunjucks pages to memory
 * (`toJSON`), then every file is written atomically (temp file in the same directory + rename), so a
 * reader never sees half a page. Incremental builds run the same templates over a subset of the
 * data and ignore the page templates they do not need, so their HTML is identical to a full build's.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import type { SiteData } from './_data/load'
import { PagedRenderer, type PagedTemplate } from './paged-render'
import { ruleToMarkdown } from './_config/markdown-export.js'
import { resetMadeDirs, writeAtomic, writeQueue } from './write'
import { RulePagePool, WORKER_THRESHOLD, workerCount } from './rule-pool'

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
  'templates/index.njk',
  'templates/template.njk',
  'rules/index.njk',
  'rules/rule.njk',
  'sitemap.njk',
  'feed.njk',
  'robots.njk',
] as const
export type PageTemplate = (typeof pageTemplates)[number]

export type Assets = { css: string; vitals: string; components: string; ruleActions: string }

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
  if (!existsSync(path.join(dist, 'cr.js'))) {
    throw new Error('components/dist is missing: run `npm run build:components` first')
  }
  if (prune) rmSync(path.join(outDir, 'assets'), { recursive: true, force: true })
  // A stable URL for third-party embeds (short cache) next to fingerprinted copies for our pages.
  writeAtomic(path.join(outDir, 'components', 'cr.js'), readFileSync(path.join(dist, 'cr.js')))
  return {
    css: fingerprint(path.join(siteDir, 'assets', 'site.css'), outDir, 'site'),
    vitals: fingerprint(path.join(dist, 'vitals.js'), outDir, 'vitals'),
    components: fingerprint(path.join(dist, 'cr.js'), outDir, 'cr'),
    ruleActions: fingerprint(path.join(siteDir, 'assets', 'rule-actions.js'), outDir, 'rule-actions'),
  }
}

export type RenderResult = { files: number; htmlPages: number; rulePages: number }

const pagedTemplates: readonly PagedTemplate[] = ['rules/rule.njk', 'rules/index.njk']
let pagedRenderer: PagedRenderer | undefined

/** Runs Eleventy over `templates` only, in memory. */
export async function renderWithEleventy(outDir: string, data: SiteData, assets: Assets, templates: readonly PageTemplate[]) {
  if (!templates.length) return []
  const skip = pageTemplates.filter((t) => !templates.includes(t))
  const elev = new Eleventy(siteDir, outDir, {
    quietMode: true,
    configPath: path.join(siteDir, 'eleventy.config.js'),
    config(eleventyConfig: any) {
      eleventyConfig.addGlobalData('cms', data)
      eleventyConfig.addGlobalData('assets', assets)
      // Ignore globs are relative to the working directory.
      for (const file of skip) eleventyConfig.ignores.add(path.relative(process.cwd(), path.join(siteDir, file)))
    },
  })
  const entries = (await elev.toJSON()) as Array<{ outputPath: string | false; url: string; content: string }>
  return entries.filter((entry): entry is { outputPath: string; url: string; content: string } => Boolean(entry.outputPath))
}

/**
 * Renders `templates` (default: all) with `data` and writes the output atomically into `outDir`.
 * The rule-paginated templates go through PagedRenderer (same output, much faster), the rest
 * through Eleventy; `engine: 'eleventy'` sends everything through Eleventy (tests compare both).
 */
export async function renderPages({
  outDir,
  data,
  assets,
  templates = pageTemplates,
  engine = 'fast',
  pool,
}: {
  outDir: string
  data: SiteData
  assets: Assets
  templates?: readonly PageTemplate[]
  engine?: 'fast' | 'eleventy'
  /** Workers for the rule pages (one-shot: closed here). Default: a new pool for ≥ WORKER_THRESHOLD rule pages. */
  pool?: RulePagePool
}): Promise<RenderResult> {
  const paged = engine === 'fast' ? templates.filter((t): t is PagedTemplate => pagedTemplates.includes(t as PagedTemplate)) : []
  const viaEleventy = templates.filter((t) => !paged.includes(t as PagedTemplate))
  const rulesOnWorkers =
    paged.includes('rules/rule.njk') && (pool !== undefined || (data.rulePages.length >= WORKER_THRESHOLD && workerCount() > 0))
  if (rulesOnWorkers) pool ??= new RulePagePool(siteDir)
  else void pool?.close()
  let files = 0
  let htmlPages = 0
  const queue = writeQueue()
  const write = async (outputPath: string, content: string) => {
    await queue.add(path.resolve(outputPath), content)
    files++
    if (outputPath.endsWith('.html')) htmlPages++
  }
  // Rule pages on the workers while this thread runs Eleventy and the listings.
  const onWorkers = rulesOnWorkers ? pool!.render(data, assets, outDir).finally(() => pool!.close()) : undefined
  onWorkers?.catch(() => {}) // awaited below; do not report it unhandled meanwhile
  try {
    for (const entry of await renderWithEleventy(outDir, data, assets, viaEleventy)) await write(entry.outputPath, entry.content)
    if (paged.length) {
      pagedRenderer ??= new PagedRenderer(siteDir)
      if (paged.includes('rules/index.njk')) for (const page of pagedRenderer.listingPages(data, assets, outDir)) await write(page.outputPath, page.content)
      if (paged.includes('rules/rule.njk') && !rulesOnWorkers) {
        for (const page of pagedRenderer.rulePages(data, assets, outDir)) await write(page.outputPath, page.content)
        // The Markdown export beside each rule page (text/markdown by extension), computed once for both.
        for (const rule of data.rulePages) await write(path.join(outDir, 'rules', rule.slug, 'rule.md'), pagedRenderer.takeRuleMarkdown(rule.document))
      }
    } else if (templates.includes('rules/rule.njk')) {
      for (const rule of data.rulePages) await write(path.join(outDir, 'rules', rule.slug, 'rule.md'), ruleToMarkdown(rule.document))
    }
    await queue.drain()
  } finally {
    if (onWorkers) {
      const counts = await onWorkers
      files += counts.files
      htmlPages += counts.htmlPages
    }
  }
  return { files, htmlPages, rulePages: templates.includes('rules/rule.njk') ? data.rulePages.length : 0 }
}

export const RULES_PER_LISTING_PAGE = 50

/**
 * Removes pages whose rule or template is no longer public (hidden, deleted, unpublished) and
 * listing pages past the end. Returns the slugs of the rule pages removed.
 */
export function removeStalePages(outDir: string, data: Pick<SiteData, 'ruleIndex' | 'templates'>): string[] {
  const removed: string[] = []
  resetMadeDirs()
  const live = new Set(data.ruleIndex.map((rule) => rule.slug))
  const rulesDir = path.join(outDir, 'rules')
  for (const name of existsSync(rulesDir) ? readdirSync(rulesDir) : []) {
    if (name === 'page' || name === 'index.html' || live.has(name)) continue
    rmSync(path.join(rulesDir, name), { recursive: true, force: true })
    removed.push(name)
  }
  const pagesDir = path.join(rulesDir, 'page')
  const lastPage = Math.max(1, Math.ceil(data.ruleIndex.length / RULES_PER_LISTING_PAGE))
  for (const name of existsSync(pagesDir) ? readdirSync(pagesDir) : []) {
    if (!(Number(name) >= 2 && Number(name) <= lastPage)) rmSync(path.join(pagesDir, name), { recursive: true, force: true })
  }
  const templateSlugs = new Set(data.templates.map((t) => t.slug))
  const templatesDir = path.join(outDir, 'templates')
  for (const name of existsSync(templatesDir) ? readdirSync(templatesDir) : []) {
    if (name !== 'index.html' && !templateSlugs.has(name)) rmSync(path.join(templatesDir, name), { recursive: true, force: true })
  }
  return removed
}
