/**
 * Renders the templates that paginate over many records (`rules/rule.njk`, one page per rule,
 * `rules/index.njk`, 50 per page, and `methods/method.njk`, one page per method) straight through Nunjucks, with the same template files, the same
 * filters, the same Nunjucks options and the same data Eleventy gives them. Why: Eleventy's
 * per-page pagination cost (template clone, data cascade, computed data) caps it at ~250 pages/s
 * on this machine, far from the 2,000 rule pages/s budget; rendering the compiled template directly
 * does several thousand. tests/unit/site-render.test.ts proves the output is byte-identical to
 * Eleventy's, so Eleventy remains the reference and every other page still goes through it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import nunjucks from 'nunjucks'

// Nunjucks ships no types; these are the two members used here.
type NjkTemplate = { render(context: object): string }
type NjkEnvironment = { addFilter(name: string, fn: (...args: any[]) => unknown): void }
import { paths } from '@communityrule/core/paths'
import type { SiteData, SiteMethod, SiteRule } from './_data/load'
import type { RuleDocument } from '@communityrule/core/schema'
import { checkSlug, insideOutDir, pagePath } from './output-path'
import {
  changesParts,
  currentVersionPagePath,
  ruleDataFiles,
  versionParts,
  type ChangesPart,
  type OutputFile,
  type VersionPart,
} from './rule-files'
import filters from './_config/filters.js'

export type PagedTemplate =
  | 'rules/rule.njk'
  | 'rules/version.njk'
  | 'rules/changes.njk'
  | 'rules/history.njk'
  | 'rules/index.njk'
  | 'methods/method.njk'
export type RenderedPage = { url: string; outputPath: string; content: string }
export type { OutputFile }

type Compiled = { body: NjkTemplate; front: Record<string, any>; computed: Record<string, NjkTemplate> }

export class PagedRenderer {
  private env: NjkEnvironment
  private compiled = new Map<string, Compiled>()
  private layouts = new Map<string, NjkTemplate>()
  /** Eleventy transforms from the same plugin (stripInvalidChars), run on each page as Eleventy does. */
  private transforms: Array<(content: string) => string> = []

  constructor(private siteDir: string) {
    // As Eleventy 3 sets it up: includes dir first, then the project dir; Eleventy's default { dev: true }.
    this.env = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.join(siteDir, '_includes'), siteDir]), {
      dev: true,
    })
    const registered = new Map<string, (...args: any[]) => unknown>()
    filters({
      addFilter: (name: string, fn: (...args: any[]) => unknown) => registered.set(name, fn),
      addTransform: (_name: string, fn: (content: string) => string) => this.transforms.push(fn),
    })
    // The same filter functions, memoised where pure and repeated: `ruleMarkdown` runs once per
    // document (the page's textarea and rule.md share it); `markdown` output is cached by source
    // text (forked and generated rules share section bodies with their templates).
    const markdown = registered.get('markdown')!
    const markdownCache = new Map<string, unknown>()
    registered.set('markdown', (text: unknown) => {
      if (typeof text !== 'string') return markdown(text)
      let html = markdownCache.get(text)
      if (html === undefined) {
        if (markdownCache.size >= 5_000) markdownCache.clear()
        html = markdown(text)
        markdownCache.set(text, html)
      }
      return html
    })
    this.ruleMarkdownFilter = registered.get('ruleMarkdown') as (doc: object) => string
    registered.set('ruleMarkdown', (doc: object) => this.ruleMarkdown(doc))
    for (const [name, fn] of registered) this.env.addFilter(name, fn)
  }

  private ruleMarkdownFilter: (doc: object) => string
  private ruleMarkdownCache = new WeakMap<object, string>()

  /** ruleToMarkdown(doc), once per document object. */
  private ruleMarkdown(doc: object): string {
    let text = this.ruleMarkdownCache.get(doc)
    if (text === undefined) {
      text = this.ruleMarkdownFilter(doc)
      this.ruleMarkdownCache.set(doc, text)
    }
    return text
  }

  /** The rule's Markdown export (`rule.md`): the text its page already computed, then forgotten. */
  takeRuleMarkdown(doc: object): string {
    const text = this.ruleMarkdown(doc)
    this.ruleMarkdownCache.delete(doc)
    return text
  }

  private template(file: PagedTemplate): Compiled {
    let compiled = this.compiled.get(file)
    if (!compiled) {
      const { content, data } = matter(readFileSync(path.join(this.siteDir, file), 'utf8'))
      const computed: Record<string, NjkTemplate> = {}
      for (const [key, value] of Object.entries(data.eleventyComputed ?? {}))
        computed[key] = new nunjucks.Template(String(value), this.env)
      if (typeof data.permalink === 'string') computed.permalink = new nunjucks.Template(data.permalink, this.env)
      compiled = {
        body: new nunjucks.Template(content, this.env, path.join(this.siteDir, file)),
        front: data,
        computed,
      }
      this.compiled.set(file, compiled)
    }
    return compiled
  }

  /** Compiles the rule page template and its layout ahead of the first page. */
  warm(): void {
    const { body, front } = this.template('rules/rule.njk')
    ;(body as unknown as { compile(): void }).compile()
    if (front.layout) (this.layout(front.layout) as unknown as { compile(): void }).compile()
  }

  private layout(name: string): NjkTemplate {
    let layout = this.layouts.get(name)
    if (!layout) {
      const file = path.join(this.siteDir, '_includes', name)
      layout = new nunjucks.Template(readFileSync(file, 'utf8'), this.env, file) as NjkTemplate
      this.layouts.set(name, layout)
    }
    return layout
  }

  private renderOne(file: PagedTemplate, base: Record<string, unknown>, outDir: string): RenderedPage {
    const { body, front, computed } = this.template(file)
    const data: Record<string, any> = { ...front, ...base }
    delete data.eleventyComputed
    const url = computed.permalink!.render(data)
    data.permalink = url
    data.page = { url, outputPath: path.join(outDir, url, 'index.html'), inputPath: `./${file}` }
    for (const [key, template] of Object.entries(computed)) if (key !== 'permalink') data[key] = template.render(data)
    let content = body.render(data)
    if (front.layout) content = this.layout(front.layout).render({ ...data, content })
    for (const transform of this.transforms) content = transform(content)
    return { url, outputPath: path.join(outDir, url, 'index.html'), content }
  }

  /**
   * One page per rule in `rules` (default `data.rulePages`); `offset` is the index of `rules[0]` in
   * `data.rulePages` (workers render slices of it).
   */
  *rulePages(
    data: SiteData,
    assets: Record<string, unknown>,
    outDir: string,
    rules = data.rulePages,
    offset = 0,
  ): Generator<RenderedPage> {
    for (const [i, rule] of rules.entries()) yield this.rulePage(data, assets, outDir, rule, offset + i)
  }

  /** The page of one rule (`index`: its position in `data.rulePages`). Throws if it cannot be rendered. */
  rulePage(
    data: SiteData,
    assets: Record<string, unknown>,
    outDir: string,
    rule: SiteRule,
    index: number,
  ): RenderedPage {
    return this.renderOne(
      'rules/rule.njk',
      { cms: data, paths, assets, rule, pagination: { pageNumber: index, items: [rule] } },
      outDir,
    )
  }

  /** A page of one of a rule's parts (a version, what changed in it, its history), from its template. */
  private rulePart(
    file: 'rules/version.njk' | 'rules/changes.njk' | 'rules/history.njk',
    data: SiteData,
    assets: Record<string, unknown>,
    outDir: string,
    part: VersionPart | ChangesPart | SiteRule,
  ): OutputFile {
    const page = this.renderOne(file, { cms: data, paths, assets, part, pagination: { items: [part] } }, outDir)
    return { outputPath: insideOutDir(outDir, page.outputPath), content: page.content }
  }

  /**
   * Every file of one rule, each path confined to `outDir`: its page (written again at its current
   * version's permanent URL), each earlier version's page, what changed in each version, its history,
   * and the Markdown and JSON of every version (the current one's Markdown is what its page computed).
   * Throws for a slug the writer refuses (whatever the loader let through) or a page that cannot be
   * rendered.
   */
  ruleFiles(
    data: SiteData,
    assets: Record<string, unknown>,
    outDir: string,
    rule: SiteRule,
    index: number,
  ): OutputFile[] {
    checkSlug(rule.slug, 'rule')
    const page = this.rulePage(data, assets, outDir, rule, index)
    const markdown = (doc: RuleDocument) =>
      doc === rule.document ? this.takeRuleMarkdown(doc) : this.ruleMarkdownFilter(doc)
    return [
      { outputPath: insideOutDir(outDir, page.outputPath), content: page.content },
      { outputPath: currentVersionPagePath(outDir, rule), content: page.content },
      ...versionParts(rule).map((part) => this.rulePart('rules/version.njk', data, assets, outDir, part)),
      ...changesParts(rule).map((part) => this.rulePart('rules/changes.njk', data, assets, outDir, part)),
      this.rulePart('rules/history.njk', data, assets, outDir, rule),
      ...ruleDataFiles(outDir, rule, data.publicUrl, markdown),
    ]
  }

  /** The page of one method (`index`: its position in `data.methodPages`). Throws if it cannot be rendered. */
  methodPage(
    data: SiteData,
    assets: Record<string, unknown>,
    outDir: string,
    method: SiteMethod,
    index: number,
  ): RenderedPage {
    const page = this.renderOne(
      'methods/method.njk',
      { cms: data, paths, assets, method, pagination: { pageNumber: index, items: [method] } },
      outDir,
    )
    return { ...page, outputPath: pagePath(outDir, 'method', method.slug) }
  }

  /** The /rules/ listing: `size` per page, newest first, /rules/page/<n>/ after the first. */
  *listingPages(data: SiteData, assets: Record<string, unknown>, outDir: string): Generator<RenderedPage> {
    const size = this.template('rules/index.njk').front.pagination.size as number
    const count = Math.max(1, Math.ceil(data.ruleIndex.length / size))
    const hrefs = Array.from({ length: count }, (_, n) => paths.rules(n + 1))
    const pages = Array.from({ length: count }, (_, n) => data.ruleIndex.slice(n * size, (n + 1) * size))
    for (let n = 0; n < count; n++) {
      const pagination = {
        pageNumber: n,
        items: pages[n],
        pages,
        hrefs,
        href: { previous: hrefs[n - 1], next: hrefs[n + 1], first: hrefs[0], last: hrefs[count - 1] },
      }
      yield this.renderOne('rules/index.njk', { cms: data, paths, assets, rules: pages[n], pagination }, outDir)
    }
  }
}
