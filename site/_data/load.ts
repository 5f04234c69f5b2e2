/**
 * Loads everything the site renders (core/data: what is public, and its public shape), and validates
 * it with the shared schemas and the writer's slug rule (site/output-path.ts), record by record: a
 * template or rule that fails is left out and returned as a PageFailure (the build reports it), never
 * a reason for the whole build to fail.
 *
 * Two shapes of rule: `RuleSummary` (no document) for listings, the sitemap and the feed, loaded for
 * every visible rule on every build; `SiteRule` (with the document) only for the pages being written.
 */
import type { Payload } from 'payload'
import { RuleDocument, templateCategories } from '@communityrule/core/schema'
import { reportReasonLabels, reportReasons } from '@communityrule/core/schema/constants'
import { GONE_DIR, paths } from '@communityrule/core/paths'
import type { RuleTemplate } from '@communityrule/core/schema/api'
import {
  hiddenRuleRows,
  toPublicRule,
  toRuleSummary,
  visibleRuleIndexRows,
  visibleRuleRows,
  type PublicRule,
  type RuleFields,
  type RuleSummary,
} from '@communityrule/core/data/rules'
import { publishedTemplateDocs, toPublicTemplate } from '@communityrule/core/data/templates'
import { checkSlug } from '../output-path'
import { pageFailure, type PageFailure } from '../page-failures'
import { config } from '@communityrule/core/config'

export type { RuleSummary }

export type SiteRule = Omit<PublicRule, 'document'> & { document: RuleDocument }

export type SiteTemplate = RuleTemplate & { id: string; updatedAt: string }

/**
 * A page that is no longer there and answers 410 Gone (site/gone.njk writes its tombstone under
 * `_gone/`): a hidden rule, with the editors' reason. `kind` and `message` leave room for other
 * causes (a rule its authors withdraw).
 */
export type GonePage = {
  kind: 'rule'
  slug: string
  /** the public path that is gone, e.g. /rules/<slug>/ */
  path: string
  /** where its tombstone is written: /_gone/rules/<slug>/index.html (GONE_DIR in core/paths) */
  outputPath: string
  heading: string
  message: string
  reason?: string
  updatedAt: string
}

export type SiteData = {
  /** every published template, by sortOrder (gallery, home) */
  templates: SiteTemplate[]
  /** the templates whose pages this build writes */
  templatePages: SiteTemplate[]
  /** every visible rule, newest first (listings, sitemap, feed) */
  ruleIndex: RuleSummary[]
  /** the rules whose pages this build writes */
  rulePages: SiteRule[]
  /** hidden rules: their tombstones (410 Gone with the reason) */
  gonePages: GonePage[]
  categories: readonly string[]
  /** the report form's reasons, in order */
  reportReasons: { value: string; label: string }[]
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
  const templates: SiteTemplate[] = []
  const failures: PageFailure[] = []
  for (const doc of await publishedTemplateDocs(payload)) {
    try {
      checkSlug(doc.slug, 'template')
      templates.push({ ...toPublicTemplate(doc), id: String(doc.id), updatedAt: new Date(doc.updatedAt).toISOString() })
    } catch (err) {
      failures.push(pageFailure('template', doc, err))
    }
  }
  return { templates, failures }
}

/** A rule ready to render; throws for a slug the writer refuses or a document that is not a RuleDocument. */
export function toSiteRule(row: RuleFields): SiteRule {
  checkSlug(row.slug, 'rule')
  const rule = toPublicRule(row)
  return { ...rule, document: RuleDocument.parse(rule.document) }
}

/**
 * Every visible rule that has a page, without its document, newest first (core/data/rules.ts says
 * which); rows with a slug the writer refuses never are listed.
 */
export async function loadRuleIndex(payload: Payload, building: string[]): Promise<RuleSummary[]> {
  return (await visibleRuleIndexRows(payload, building)).flatMap((row) => {
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
  const rules: SiteRule[] = []
  const failures: PageFailure[] = []
  for (const row of await visibleRuleRows(payload, ids)) {
    try {
      rules.push(toSiteRule(row))
    } catch (err) {
      failures.push(pageFailure('rule', row, err))
    }
  }
  return { rules, failures }
}

/**
 * The tombstones of hidden rules. A row whose slug the writer refuses has no page to replace, so no
 * tombstone either (it answers 404).
 */
export async function loadGonePages(payload: Payload): Promise<GonePage[]> {
  return (await hiddenRuleRows(payload)).flatMap((row) => {
    try {
      const slug = checkSlug(row.slug, 'rule')
      return [
        {
          kind: 'rule' as const,
          slug,
          path: paths.rule(slug),
          outputPath: `/${GONE_DIR}${paths.rule(slug)}index.html`,
          heading: 'This rule has been removed',
          message: 'Our editors removed this rule from CommunityRule.',
          reason: row.hiddenReason?.trim() || undefined,
          updatedAt: new Date(row.updatedAt).toISOString(),
        },
      ]
    } catch {
      return []
    }
  })
}

/** Everything a full build needs; records that fail validation are in `skipped`. */
export async function loadSiteData(payload: Payload): Promise<SiteData> {
  const [templates, rules, gonePages] = await Promise.all([
    loadTemplates(payload),
    loadRules(payload),
    loadGonePages(payload),
  ])
  return siteData({
    templates: templates.templates,
    templatePages: templates.templates,
    ruleIndex: rules.rules.map(toRuleSummary),
    rulePages: rules.rules,
    gonePages,
    skipped: [...templates.failures, ...rules.failures],
  })
}

export function siteData(
  parts: Pick<SiteData, 'templates' | 'templatePages' | 'ruleIndex' | 'rulePages'> & {
    skipped?: PageFailure[]
    gonePages?: GonePage[]
  },
): SiteData {
  return {
    ...parts,
    gonePages: parts.gonePages ?? [],
    skipped: parts.skipped ?? [],
    reportReasons: reportReasons.map((value) => ({ value, label: reportReasonLabels[value] })),
    categories: templateCategories,
    publicUrl: publicUrl(),
    builtAt: new Date().toISOString(),
  }
}
