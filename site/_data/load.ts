/**
 * Loads everything the site renders through Payload's Local API, and validates it with the shared
 * schemas and the writer's slug rule (site/output-path.ts), record by record: a template or rule that
 * fails is left out and returned as a PageFailure (the build reports it), never a reason for the
 * whole build to fail.
 *
 * Two shapes of rule: `RuleSummary` (no document) for listings, the sitemap and the feed, loaded for
 * every visible rule on every build; `SiteRule` (with the document) only for the pages being written.
 */
import type { Payload } from 'payload'
import { RuleDocument, templateCategories } from '@communityrule/core/schema'
import { RuleTemplate } from '@communityrule/core/schema/api'
import { checkSlug } from '../output-path'
import { pageFailure, type PageFailure } from '../page-failures'
import { config } from '@communityrule/core/config'
import { dbPool } from '@communityrule/core/data/pool'

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

export type SiteTemplate = RuleTemplate & { id: string; updatedAt: string }

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
  /** records left out at load (bad slug, invalid document); the build reports them */
  skipped: PageFailure[]
}

export function publicUrl(): string {
  return config().publicUrl
}

/** Published templates that pass the shared schema, and the ones that do not. */
export async function loadTemplates(payload: Payload): Promise<{ templates: SiteTemplate[]; failures: PageFailure[] }> {
  const { docs } = await payload.find({
    collection: 'rule-templates',
    where: { _status: { equals: 'published' } },
    sort: 'sortOrder',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  const templates: SiteTemplate[] = []
  const failures: PageFailure[] = []
  for (const doc of docs) {
    try {
      checkSlug(doc.slug, 'template')
      const template = RuleTemplate.parse({
        ...doc,
        summary: doc.summary ?? '',
        featured: Boolean(doc.featured),
        sortOrder: doc.sortOrder ?? 0,
      })
      templates.push({ ...template, id: String(doc.id), updatedAt: iso(doc.updatedAt) })
    } catch (err) {
      failures.push(pageFailure('template', doc, err))
    }
  }
  return { templates, failures }
}

/** ISO string of a date; throws (RangeError) for a value that is not one. */
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

/** A rule ready to render; throws for a slug the writer refuses or a document that is not a RuleDocument. */
export function toSiteRule(doc: Record<string, any>): SiteRule {
  checkSlug(doc.slug, 'rule')
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
const summaryColumns = 'id, slug, title, summary, published_at as "publishedAt", updated_at as "updatedAt"'

/**
 * Every visible rule that has a page, without its document, newest first: built ones (`builtAt` set)
 * and `building` (the ones this pass writes). A rule that could not be built keeps builtAt null
 * (site/publish.ts), so it is not listed; rows with a slug the writer refuses never are.
 */
export async function loadRuleIndex(payload: Payload, building: string[]): Promise<RuleSummary[]> {
  const { rows } = await dbPool(payload).query(
    `select ${summaryColumns} from rules where hidden is not true and (built_at is not null or id = any($1::uuid[])) order by published_at desc, id`,
    [building],
  )
  return rows.flatMap((row) => {
    try {
      return [toRuleSummary({ ...row, slug: checkSlug(row.slug, 'rule') })]
    } catch {
      return [] // no page, nothing to list; reported when its page is attempted
    }
  })
}

/** Visible rules with their documents (all of them, or the given ids), and the ones that fail. */
export async function loadRules(
  payload: Payload,
  ids?: string[],
): Promise<{ rules: SiteRule[]; failures: PageFailure[] }> {
  if (ids && !ids.length) return { rules: [], failures: [] }
  const columns = `${summaryColumns}, document, source_template as "sourceTemplate", forked_from as "forkedFrom"`
  const { rows } = ids
    ? await dbPool(payload).query(
        `select ${columns} from rules where hidden is not true and id = any($1::uuid[]) order by published_at desc, id`,
        [ids],
      )
    : await dbPool(payload).query(
        `select ${columns} from rules where hidden is not true order by published_at desc, id`,
      )
  const rules: SiteRule[] = []
  const failures: PageFailure[] = []
  for (const row of rows) {
    try {
      rules.push(toSiteRule(row))
    } catch (err) {
      failures.push(pageFailure('rule', row, err))
    }
  }
  return { rules, failures }
}

/** Everything a full build needs; records that fail validation are in `skipped`. */
export async function loadSiteData(payload: Payload): Promise<SiteData> {
  const [templates, rules] = await Promise.all([loadTemplates(payload), loadRules(payload)])
  return siteData({
    templates: templates.templates,
    templatePages: templates.templates,
    ruleIndex: rules.rules.map(toRuleSummary),
    rulePages: rules.rules,
    skipped: [...templates.failures, ...rules.failures],
  })
}

export function siteData(
  parts: Pick<SiteData, 'templates' | 'templatePages' | 'ruleIndex' | 'rulePages'> & { skipped?: PageFailure[] },
): SiteData {
  return {
    ...parts,
    skipped: parts.skipped ?? [],
    categories: templateCategories,
    publicUrl: publicUrl(),
    builtAt: new Date().toISOString(),
  }
}
