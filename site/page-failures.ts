/**
 * One bad record never stops the site: a rule, template or method whose page cannot be built (a slug the
 * writer refuses, a document that fails the shared schema, a render error) becomes a PageFailure.
 * The build leaves that page out (and out of the listings, sitemap and feed), builds everything
 * else, and reports each failure once per build: a log line with the record's id and the reason,
 * and a `site-page-failed` event the BFF counts in `cr_site_page_failures_total` (alert
 * SitePageRenderFailures in docs/ops/alerts.yml).
 */
import { crEvents } from '../cms/lib/events'
import { linkMethods, type SiteData } from './_data/load'
import type { PageKind } from './output-path'

export type PageFailure = { kind: PageKind; id: string; slug: string; reason: string }

/**
 * A short, single-line reason: zod issues as `path: message`, else the error's message, plus the
 * innermost cause's (Eleventy wraps render errors: "Having trouble rendering …" → the TypeError).
 */
function reasonOf(err: unknown): string {
  let inner = err as { originalError?: unknown; cause?: unknown } | undefined
  while (inner && (inner.originalError ?? inner.cause)) inner = (inner.originalError ?? inner.cause) as typeof inner
  const innerMessage = inner !== err && inner instanceof Error ? ` — ${inner.name}: ${inner.message}` : ''
  const issues = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> })?.issues
  const reason = Array.isArray(issues)
    ? `invalid: ${issues
        .slice(0, 3)
        .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
        .join('; ')}`
    : err instanceof Error
      ? err.message + innerMessage
      : String(err)
  return reason.replace(/\s+/g, ' ').slice(0, 300)
}

export function pageFailure(kind: PageKind, record: { id?: unknown; slug?: unknown }, err: unknown): PageFailure {
  return { kind, id: String(record.id ?? '?'), slug: String(record.slug), reason: reasonOf(err) }
}

/** Logs each failure with the record's id and emits `site-page-failed` for the metrics. */
export function reportPageFailures(failures: readonly PageFailure[], log: (line: string) => void = console.warn): void {
  for (const failure of failures) {
    log(`site: skipped ${failure.kind} ${failure.id} (slug ${JSON.stringify(failure.slug)}): ${failure.reason}`)
    crEvents.emit('site-page-failed', failure)
  }
}

/** `data` without the records that failed: their pages are neither written nor linked. */
export function withoutFailed(data: SiteData, failures: readonly PageFailure[]): SiteData {
  if (!failures.length) return data
  const rules = new Set(failures.filter((f) => f.kind === 'rule').map((f) => f.id))
  const templates = new Set(failures.filter((f) => f.kind === 'template').map((f) => f.id))
  const methods = new Set(failures.filter((f) => f.kind === 'method').map((f) => f.id))
  const liveTemplates = data.templates.filter((template) => !templates.has(template.id))
  // Method pages link templates and other methods: link them again to what is left.
  const liveMethods =
    templates.size || methods.size
      ? linkMethods(
          data.methods.filter((method) => !methods.has(method.id)),
          liveTemplates,
        )
      : data.methods
  const writing = new Set(data.methodPages.map((method) => method.id))
  return {
    ...data,
    ruleIndex: data.ruleIndex.filter((rule) => !rules.has(rule.id)),
    rulePages: data.rulePages.filter((rule) => !rules.has(rule.id)),
    feed: data.feed.filter((entry) => !rules.has(entry.ruleId)),
    templates: liveTemplates,
    templatePages: data.templatePages.filter((template) => !templates.has(template.id)),
    methods: liveMethods,
    methodPages: liveMethods.filter((method) => writing.has(method.id)),
    methodSlugs: liveMethods.map((method) => method.slug),
  }
}
