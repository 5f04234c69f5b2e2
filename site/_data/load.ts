/**
 * Loads everything the site renders through Payload's Local API, and validates it with the shared
 * schemas: a template or rule that does not match RuleDocument fails the build loudly, not the page.
 *
 * Two shapes of rule: `RuleSummary` (no document) for listings, the sitemap and the feed, loaded for
 * every visible rule on every build; `SiteRule` (with the document) only for the pages being written.
 */
import type { Payload } from 'payload'
import { RuleDocument, templateCategories } from '../../cms/schema'
import { RuleTemplate } from '../../cms/schema/api'

export type RuleSummary = {
  id: string
  slug: string
  title: string
  summary?: string
  publishedAt: string
  updatedAt: string
}

export type SiteRule = RuleSummary & {
  document: RuleDocument
  sourceTemplate?: string
  forkedFrom?: string
}

export type SiteTemplate = RuleTemplate & { updatedAt: string }

export type SiteData = {
  /** every published template, by sortOrder (gallery, home) */
  templates: SiteTemplate[]
  /** the templates whose pages this build writes */
  templatePages: SiteTemplate[]
  /** every visible rule, newest first (listings, sitemap, feed) */
  ruleIndex: RuleSummary[]
  /** the rules whose pages this build writes */
  rulePages: SiteRule[]
  categories: readonly string[]
  publicUrl: string
  builtAt: string
}

export function publicUrl(): string {
  return (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

export async function loadTemplates(payload: Payload): Promise<SiteTemplate[]> {
  const { docs } = await payload.find({
    collection: 'rule-templates',
    where: { _status: { equals: 'published' } },
    sort: 'sortOrder',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    ...RuleTemplate.parse({ ...doc, summary: doc.summary ?? '', featured: Boolean(doc.featured), sortOrder: doc.sortOrder ?? 0 }),
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }))
}

const iso = (value: unknown) => new Date(value as string).toISOString()

export function toRuleSummary(doc: Record<string, any>): RuleSummary {
  return {
    id: String(doc.id),
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary || undefined,
    publishedAt: iso(doc.publishedAt),
    updatedAt: iso(doc.updatedAt ?? doc.publishedAt),
  }
}

export function toSiteRule(doc: Record<string, any>): SiteRule {
  return {
    ...toRuleSummary(doc),
    document: RuleDocument.parse(doc.document),
    sourceTemplate: doc.sourceTemplate || undefined,
    forkedFrom: doc.forkedFrom || undefined,
  }
}

/*
 * Rules are read with one SQL statement on Payload's own pool rather than `payload.find`: the Local
 * API spends ~0.3 ms per rule building documents (0.6 s for 2,000 in the bench), which alone would
 * eat a third of the 2,000 pages/s budget. The public filter is explicit: never hidden.
 */
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: import('pg').Pool }).pool
const summaryColumns = 'id, slug, title, summary, published_at as "publishedAt", updated_at as "updatedAt"'

/** Every visible rule without its document, newest first. */
export async function loadRuleIndex(payload: Payload): Promise<RuleSummary[]> {
  const { rows } = await poolOf(payload).query(`select ${summaryColumns} from rules where hidden is not true order by published_at desc, id`)
  return rows.map(toRuleSummary)
}

/** Visible rules with their documents: all of them, or the given ids. */
export async function loadRules(payload: Payload, ids?: string[]): Promise<SiteRule[]> {
  if (ids && !ids.length) return []
  const columns = `${summaryColumns}, document, source_template as "sourceTemplate", forked_from as "forkedFrom"`
  const { rows } = ids
    ? await poolOf(payload).query(`select ${columns} from rules where hidden is not true and id = any($1::uuid[]) order by published_at desc, id`, [ids])
    : await poolOf(payload).query(`select ${columns} from rules where hidden is not true order by published_at desc, id`)
  return rows.map(toSiteRule)
}

/** Everything a full build needs. */
export async function loadSiteData(payload: Payload): Promise<SiteData> {
  const [templates, rules] = await Promise.all([loadTemplates(payload), loadRules(payload)])
  return siteData({ templates, templatePages: templates, ruleIndex: rules.map(toRuleSummary), rulePages: rules })
}

export function siteData(parts: Pick<SiteData, 'templates' | 'templatePages' | 'ruleIndex' | 'rulePages'>): SiteData {
  return { ...parts, categories: templateCategories, publicUrl: publicUrl(), builtAt: new Date().toISOString() }
}
