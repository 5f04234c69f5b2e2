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
  sourceRuleRows,
  startedFromCounts,
  stewardNames,
  toPublicRule,
  toRuleSummary,
  visibleRuleIndexRows,
  visibleRuleRows,
  type PublicRule,
  type RuleFields,
  type RuleSummary,
} from '@communityrule/core/data/rules'
import {
  recentVersionRows,
  visibleVersionRows,
  type PublicVersion,
  type VersionRow,
} from '@communityrule/core/data/rule-versions'
import { publishedTemplateDocs, toPublicTemplate } from '@communityrule/core/data/templates'
import {
  methodDocsWrittenSince,
  methodsVersion,
  publishedMethodDocs,
  publishedMethodIds,
  toPublicMethod,
  type MethodDoc,
} from '@communityrule/core/data/methods'
import { LATE_COMMIT_WINDOW_MS, methodRuleCounts } from '@communityrule/core/data/method-usage'
import {
  facetLabels,
  methodFields,
  methodGroupLabels,
  methodGroups,
  type Facets,
  type MethodData,
} from '@communityrule/core/schema/method-fields'
import { createHash } from 'node:crypto'
import { checkSlug } from '../output-path'
import { readableDate } from '../_config/filters.js'
import { pageFailure, type PageFailure } from '../page-failures'
import { config } from '@communityrule/core/config'

export type { RuleSummary }

/** One version of a rule, as its pages show it (the current one's document is the rule's own). */
export type SiteVersion = Omit<PublicVersion, 'url'> & { current: boolean; document: RuleDocument }

export type SiteRule = Omit<PublicRule, 'document'> & {
  document: RuleDocument
  /** every version, oldest first; the last is the current one */
  versions: SiteVersion[]
  /** the rule it was started from: linked while it is published, else said to be withdrawn or removed */
  source?: { slug: string; title: string; status: 'published' | 'withdrawn' | 'removed' }
  /** how many published rules were started from this one */
  startedFrom?: number
  /** its stewards' display names (those who set one) */
  stewards?: string[]
}

/** A line of feed.xml: a rule published (version 1) or amended. */
export type FeedEntry = {
  ruleId: string
  slug: string
  title: string
  summary?: string
  number: number
  note?: string
  publishedAt: string
}

export type SiteTemplate = RuleTemplate & { id: string; updatedAt: string }

/** A published method as loaded, shaped for its page (labels resolved), with how many visible rules use it. */
export type LoadedMethod = MethodData & {
  id: string
  updatedAt: string
  groupLabel: string
  /** its group's structured fields, in order, with their labels (the text is Markdown prose) */
  fields: { name: string; label: string; text: string }[]
  /** the facets it names, with human labels; empty: it suits any community */
  suits: { label: string; values: string[] }[]
  ruleCount: number
}

/** A method page's data: the method linked to the published templates that use it and to its related methods. */
export type SiteMethod = LoadedMethod & {
  templates: { slug: string; title: string }[]
  relatedMethods: { slug: string; name: string }[]
  /**
   * A hash of everything its page shows (written into the page): the incremental build rebuilds a
   * method page whose key changed — an edit, a template that started or stopped using it, a new rule
   * count, a related method renamed or gone.
   */
  pageKey: string
}

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
  /** the latest publications and amendments, newest first (feed.xml) */
  feed: FeedEntry[]
  /** hidden rules: their tombstones (410 Gone with the reason) */
  gonePages: GonePage[]
  /** every published method that has a page, by name (the library, sitemap) */
  methods: SiteMethod[]
  /** the methods whose pages this build writes */
  methodPages: SiteMethod[]
  /** the slugs of `methods`: rule and template pages link a building block whose id is one of them */
  methodSlugs: string[]
  /** the library's groups, in order, with their headings */
  methodGroups: { id: string; label: string }[]
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

const facetHeadings: Record<keyof Facets, string> = {
  organisationKinds: 'Kind of organisation',
  sizeBands: 'Size',
  maturities: 'Stage',
  scales: 'Scale',
}

function toLoadedMethod(method: MethodData, doc: { id: unknown; updatedAt: string }, ruleCount: number): LoadedMethod {
  const details = method.details as Record<string, string>
  const suits = (Object.keys(facetHeadings) as (keyof Facets)[]).flatMap((facet) => {
    const labels = facetLabels[facet] as Record<string, string>
    const values = method.facets[facet].map((value) => labels[value] ?? value)
    return values.length ? [{ label: facetHeadings[facet], values }] : []
  })
  return {
    ...method,
    // Only web addresses become links (a `javascript:` URL passes z.url()).
    furtherReading: method.furtherReading.map(({ url, ...item }) => ({
      ...item,
      ...(url && /^https?:\/\//i.test(url) ? { url } : {}),
    })),
    id: String(doc.id),
    updatedAt: new Date(doc.updatedAt).toISOString(),
    groupLabel: methodGroupLabels[method.group],
    fields: methodFields[method.group].map(([name, label]) => ({ name, label, text: details[name] ?? '' })),
    suits,
    ruleCount,
  }
}

/**
 * Published methods that pass the shared schema and the writer's slug rule (with the number of
 * visible rules using each), and the ones that do not.
 */
export async function loadMethods(
  payload: Payload,
  { recount = false } = {},
): Promise<{ methods: LoadedMethod[]; failures: PageFailure[] }> {
  // Every incremental pass asks, so both parts are kept in this process and brought up to date from
  // what was written since: the library (below) and the counts (core/data/method-usage.ts).
  const [library, counts] = await Promise.all([currentLibrary(payload), methodRuleCounts(payload, { recount })])
  const entries = [...library.entries.values()].sort(
    (a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id),
  )
  return {
    methods: entries.flatMap((entry) =>
      entry.method ? [{ ...entry.method, ruleCount: counts.get(entry.method.slug) ?? 0 }] : [],
    ),
    failures: entries.flatMap((entry) => (entry.failure ? [entry.failure] : [])),
  }
}

/** One published method as this process last read it: ready for its page, or why it cannot be. */
type LibraryEntry = {
  id: string
  name: string
  slug: string
  updatedAt: number
  method?: LoadedMethod
  failure?: PageFailure
}
/** The same order whether the library was read whole or brought up to date. */
const byName = new Intl.Collator('en', { sensitivity: 'base' })
let libraryCache: { key: string; entries: Map<string, LibraryEntry> } | undefined

function libraryEntry(doc: MethodDoc): LibraryEntry {
  const entry = { id: String(doc.id), name: doc.name, slug: doc.slug, updatedAt: Date.parse(doc.updatedAt) }
  try {
    checkSlug(doc.slug, 'method')
    return { ...entry, method: toLoadedMethod(toPublicMethod(doc), doc, 0) }
  } catch (err) {
    return { ...entry, failure: pageFailure('method', doc, err) }
  }
}

async function readWholeLibrary(payload: Payload, key: string) {
  const docs = await publishedMethodDocs(payload)
  libraryCache = { key, entries: new Map(docs.map((doc) => [String(doc.id), libraryEntry(doc)])) }
  return libraryCache
}

/**
 * The published library, read whole the first time and then brought up to date from the methods
 * written since (a one-row query tells whether anything was). A renamed method (others show its
 * slug) or a published one this process never saw makes it read the whole library again.
 */
async function currentLibrary(payload: Payload) {
  const key = await methodsVersion(payload)
  const cached = libraryCache
  if (cached?.key === key) return cached
  if (!cached) return readWholeLibrary(payload, key)
  const latest = Math.max(0, ...[...cached.entries.values()].map((entry) => entry.updatedAt))
  const [written, published] = await Promise.all([
    methodDocsWrittenSince(payload, new Date(latest - LATE_COMMIT_WINDOW_MS)),
    publishedMethodIds(payload),
  ])
  if (
    written.some((doc) => cached.entries.has(String(doc.id)) && cached.entries.get(String(doc.id))!.slug !== doc.slug)
  )
    return readWholeLibrary(payload, key)
  const entries = new Map(cached.entries)
  for (const doc of written) {
    if (doc._status === 'published') entries.set(String(doc.id), libraryEntry(doc))
    else entries.delete(String(doc.id))
  }
  const isPublished = new Set(published)
  for (const id of entries.keys()) if (!isPublished.has(id)) entries.delete(id)
  if (published.some((id) => !entries.has(id))) return readWholeLibrary(payload, key)
  libraryCache = { key, entries }
  return libraryCache
}

/**
 * Links each method to the published templates whose sections include it and to its related methods
 * that have a page, and computes its page key. Pure: the full build, the incremental build (to find
 * stale method pages) and a build that leaves out failed records all call it.
 */
export function linkMethods(
  methods: readonly (LoadedMethod | SiteMethod)[],
  templates: readonly Pick<SiteTemplate, 'slug' | 'title' | 'document'>[],
): SiteMethod[] {
  const usedBy = new Map<string, { slug: string; title: string }[]>()
  for (const template of templates) {
    const ids = new Set(template.document.sections.flatMap((section) => (section.modules ?? []).map((m) => m.id)))
    for (const id of ids) {
      if (!usedBy.has(id)) usedBy.set(id, [])
      usedBy.get(id)!.push({ slug: template.slug, title: template.title })
    }
  }
  const names = new Map(methods.map((method) => [method.slug, method.name]))
  return methods.map((method) => {
    // Linking again (without failed records) starts from the method's own fields.
    const {
      templates: _templates,
      relatedMethods: _related,
      pageKey: _key,
      ...own
    } = method as Partial<SiteMethod> & LoadedMethod
    const linked = {
      ...own,
      templates: usedBy.get(method.slug) ?? [],
      relatedMethods: method.related.flatMap((slug) =>
        names.has(slug) && slug !== method.slug ? [{ slug, name: names.get(slug)! }] : [],
      ),
    }
    const pageKey = createHash('sha256').update(JSON.stringify(linked)).digest('hex').slice(0, 16)
    return { ...linked, pageKey }
  })
}

/**
 * A rule ready to render with its versions; throws for a slug the writer refuses or a document that is
 * not a RuleDocument. An earlier version whose stored document fails the schema is left out (its page
 * is not written) rather than the rule; a rule with no version rows shows its current text as its
 * only version.
 */
export function toSiteRule(row: RuleFields, versionRows: readonly VersionRow[] = []): SiteRule {
  checkSlug(row.slug, 'rule')
  const rule = toPublicRule(row)
  const document = RuleDocument.parse(rule.document)
  const versions = versionRows.flatMap((version): SiteVersion[] => {
    const current = version.number === rule.version
    const parsed = current ? { success: true as const, data: document } : RuleDocument.safeParse(version.document)
    if (!parsed.success || version.number > rule.version) return []
    return [
      {
        number: version.number,
        title: version.title,
        summary: version.summary ?? undefined,
        note: version.note ?? undefined,
        adoptedOn: version.adoptedOn ? new Date(version.adoptedOn).toISOString().slice(0, 10) : undefined,
        adoptedBy: version.adoptedBy ?? undefined,
        publishedAt: new Date(version.publishedAt).toISOString(),
        current,
        document: parsed.data,
      },
    ]
  })
  if (versions.at(-1)?.current !== true) {
    versions.push({
      number: rule.version,
      title: rule.title,
      summary: rule.summary,
      publishedAt: rule.publishedAt,
      current: true,
      document,
    })
  }
  return { ...rule, document, versions }
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
  const [rows, versionRows, counts, names] = await Promise.all([
    visibleRuleRows(payload, ids),
    visibleVersionRows(payload, ids),
    startedFromCounts(payload, ids),
    stewardNames(payload, ids),
  ])
  const sources = new Map(
    (await sourceRuleRows(payload, [...new Set(rows.flatMap((row) => (row.forkedFrom ? [row.forkedFrom] : [])))])).map(
      (source) => [String(source.id), source],
    ),
  )
  const versionsOf = new Map<string, VersionRow[]>()
  for (const version of versionRows) {
    const list = versionsOf.get(String(version.ruleId))
    if (list) list.push(version)
    else versionsOf.set(String(version.ruleId), [version])
  }
  for (const row of rows) {
    try {
      const source = row.forkedFrom ? sources.get(row.forkedFrom) : undefined
      rules.push({
        ...toSiteRule(row, versionsOf.get(String(row.id))),
        ...(source && {
          source: {
            slug: source.slug,
            title: source.title,
            status: source.visible ? 'published' : source.withdrawn ? 'withdrawn' : 'removed',
          },
        }),
        ...(counts.get(String(row.id)) && { startedFrom: counts.get(String(row.id)) }),
        ...(names.get(String(row.id)) && { stewards: names.get(String(row.id)) }),
      })
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
          ...(row.withdrawnAt
            ? {
                heading: 'This rule has been withdrawn',
                message: `Its stewards withdrew it on ${readableDate(row.withdrawnAt)}, at version ${row.currentVersion}.`,
                reason: row.withdrawnReason?.trim() || undefined,
              }
            : {
                heading: 'This rule has been removed',
                message: 'Our editors removed this rule from CommunityRule.',
                reason: row.hiddenReason?.trim() || undefined,
              }),
          updatedAt: new Date(row.updatedAt).toISOString(),
        },
      ]
    } catch {
      return []
    }
  })
}

/** How many publications and amendments feed.xml lists. */
const FEED_LENGTH = 30

/**
 * The feed's entries: the latest publications and amendments of visible rules with a page (built, or
 * `building` in this pass; 'all' in a full build), whose slug the writer accepts.
 */
export async function loadFeed(payload: Payload, building: string[] | 'all'): Promise<FeedEntry[]> {
  return (await recentVersionRows(payload, building, FEED_LENGTH)).flatMap((row) => {
    try {
      return [
        {
          ruleId: String(row.ruleId),
          slug: checkSlug(row.slug, 'rule'),
          title: row.title,
          summary: row.summary ?? undefined,
          number: row.number,
          note: row.note ?? undefined,
          publishedAt: new Date(row.publishedAt).toISOString(),
        },
      ]
    } catch {
      return []
    }
  })
}

/** Everything a full build needs; records that fail validation are in `skipped`. */
export async function loadSiteData(payload: Payload): Promise<SiteData> {
  const [templates, rules, gonePages, methods, feed] = await Promise.all([
    loadTemplates(payload),
    loadRules(payload),
    loadGonePages(payload),
    loadMethods(payload, { recount: true }),
    loadFeed(payload, 'all'),
  ])
  const failed = new Set(rules.failures.map((failure) => failure.id))
  return siteData({
    templates: templates.templates,
    templatePages: templates.templates,
    ruleIndex: rules.rules.map(toRuleSummary),
    rulePages: rules.rules,
    feed: feed.filter((entry) => !failed.has(entry.ruleId)),
    gonePages,
    methods: methods.methods,
    skipped: [...templates.failures, ...rules.failures, ...methods.failures],
  })
}

/**
 * The data every page template reads (`cms`). `methods` are linked to `templates` here;
 * `methodPages` names the methods whose pages this build writes (default: all of them).
 */
export function siteData(
  parts: Pick<SiteData, 'templates' | 'templatePages' | 'ruleIndex' | 'rulePages'> & {
    feed?: FeedEntry[]
    skipped?: PageFailure[]
    gonePages?: GonePage[]
    methods?: readonly LoadedMethod[]
    methodPages?: readonly string[]
  },
): SiteData {
  const { methods: loaded = [], methodPages: pageSlugs, ...rest } = parts
  const methods = linkMethods(loaded, parts.templates)
  const writing = pageSlugs && new Set(pageSlugs)
  return {
    ...rest,
    methods,
    methodPages: writing ? methods.filter((method) => writing.has(method.slug)) : methods,
    methodSlugs: methods.map((method) => method.slug),
    methodGroups: methodGroups.map((id) => ({ id, label: methodGroupLabels[id] })),
    gonePages: parts.gonePages ?? [],
    feed: parts.feed ?? [],
    skipped: parts.skipped ?? [],
    reportReasons: reportReasons.map((value) => ({ value, label: reportReasonLabels[value] })),
    categories: templateCategories,
    publicUrl: publicUrl(),
    builtAt: new Date().toISOString(),
  }
}
