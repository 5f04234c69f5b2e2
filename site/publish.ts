/**
 * Incremental publish-to-live (the `buildSite` job): finds what changed since the pages were written
 * and rebuilds only that, plus the listings, sitemap and feed. State lives in Postgres
 * (`rules.builtAt` against `updatedAt`, `hidden`) and in the output itself (a template page older
 * than its template; a method page without its current page key; a page whose rule, template or
 * method is gone), so any number of queued jobs coalesce: the first one builds everything pending,
 * the others find nothing to do.
 *
 * One build at a time across every instance: a PostgreSQL session advisory lock (released by
 * Postgres if the process dies; withSiteBuildLock in core/data/site-build.ts). A build that cannot
 * get the lock waits for it and then re-checks.
 *
 * A rule or template whose page cannot be built is skipped and reported (site/page-failures.ts);
 * see markBuilt (core/data/site-build.ts) for what builtAt then means and why that does not make
 * publish spin.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import {
  linkMethods,
  loadGonePages,
  loadMethods,
  loadRuleIndex,
  loadFeed,
  loadRules,
  loadTemplates,
  siteData,
  type SiteMethod,
  type SiteTemplate,
} from './_data/load'
import {
  orphanPages,
  publishAssets,
  removeStalePages,
  removeStaleTombstones,
  renderPages,
  siteDir,
  tombstonesStale,
  type PageTemplate,
} from './render'
import { pagePath } from './output-path'
import { withBuildMarker } from './build-marker'
import { indexSearchWhenCalm } from './search-index'
import { reportPageFailures, withoutFailed, type PageFailure } from './page-failures'
import { config } from '@communityrule/core/config'
import { recordSiteBuild } from '@communityrule/core/data/site-builds'
import {
  hiddenRulesBuilt,
  markBuilt,
  pendingRuleIds,
  snapshotTime,
  withSiteBuildLock,
} from '@communityrule/core/data/site-build'

export function defaultOutDir(): string {
  const { SITE_DIR } = config()
  return SITE_DIR ? path.resolve(SITE_DIR) : path.join(siteDir, '_site')
}

function templatePageIsStale(outDir: string, template: SiteTemplate): boolean {
  const file = pagePath(outDir, 'template', template.slug)
  return !existsSync(file) || statSync(file).mtimeMs < Date.parse(template.updatedAt)
}

/**
 * A method page is stale when it is missing or does not carry the method's page key (a hash of
 * everything the page shows: its fields, the templates that use it, its rule count, its related
 * methods). `edited` says whether the method itself appeared or changed (missing, or older than the
 * method): only then do /methods/ and the template pages that link it change too.
 */
function methodPageState(outDir: string, method: SiteMethod): { stale: boolean; edited: boolean } {
  const file = pagePath(outDir, 'method', method.slug)
  if (!existsSync(file)) return { stale: true, edited: true }
  if (statSync(file).mtimeMs < Date.parse(method.updatedAt)) return { stale: true, edited: true }
  return { stale: !readFileSync(file, 'utf8').includes(`data-page-key="${method.pageKey}"`), edited: false }
}

/** Whether the template's document includes any of these methods as a building block. */
const usesAny = (template: SiteTemplate, slugs: ReadonlySet<string>) =>
  template.document.sections.some((section) => (section.modules ?? []).some((module) => slugs.has(module.id)))

export type PublishResult = {
  built: string[]
  removed: string[]
  templates: string[]
  /** method pages written */
  methods: string[]
  /** rules, templates and methods whose page could not be built (reported once per publishPending run) */
  skipped: PageFailure[]
  files: number
  seconds: number
}

const failureKey = (failure: Pick<PageFailure, 'kind' | 'id'>) => `${failure.kind}:${failure.id}`
const skippedRuleIds = (skip: ReadonlySet<string>) =>
  [...skip].filter((key) => key.startsWith('rule:')).map((key) => key.slice('rule:'.length))

/**
 * One pass: build what is pending. Returns null when nothing was pending. `skip` holds the
 * `kind:id` of records already skipped by earlier passes of the same run: not retried, not reported
 * again (and this pass adds its own).
 */
export async function publishPendingOnce(
  payload: Payload,
  outDir = defaultOutDir(),
  skip = new Set<string>(),
): Promise<PublishResult | null> {
  const t0 = performance.now()
  const snapshot = await snapshotTime(payload)
  const [pendingIds, hiddenBuilt] = await Promise.all([
    pendingRuleIds(payload, skippedRuleIds(skip)),
    hiddenRulesBuilt(payload),
  ])
  const [loadedTemplates, ruleIndex, loadedRules, gonePages, loadedMethods, feed] = await Promise.all([
    loadTemplates(payload),
    loadRuleIndex(payload, pendingIds),
    loadRules(payload, pendingIds),
    loadGonePages(payload),
    loadMethods(payload),
    loadFeed(payload, pendingIds),
  ])
  // A template or method whose page failed earlier in this run is left out like one that fails to load.
  const templates = loadedTemplates.templates.filter((t) => !skip.has(failureKey({ kind: 'template', id: t.id })))
  const methods = loadedMethods.methods.filter((m) => !skip.has(failureKey({ kind: 'method', id: m.id })))
  const staleTemplates = templates.filter((template) => templatePageIsStale(outDir, template))
  const loadFailed = new Set(loadedRules.failures.map((f) => f.id))
  const linked = linkMethods(methods, templates)
  const orphans = orphanPages(outDir, { ruleIndex, templates, methods: linked })
  // Method pages: rebuilt when anything they show changed (an edit, a template, a rule count). A
  // method that appeared, changed or went also changes /methods/ and the template pages linking it.
  const methodStates = linked.map((method) => ({ method, ...methodPageState(outDir, method) }))
  const staleMethods = methodStates.filter((state) => state.stale).map((state) => state.method)
  const changedMethods = new Set([
    ...methodStates.filter((state) => state.edited).map((state) => state.method.slug),
    ...orphans.methods,
  ])
  const methodTemplates = changedMethods.size
    ? templates.filter((template) => !staleTemplates.includes(template) && usesAny(template, changedMethods))
    : []
  const templatePages = [...staleTemplates, ...methodTemplates]
  const templatesChanged = templatePages.length > 0 || orphans.templates.length > 0
  // Hidden rules answer 410 with the editors' reason: their tombstones follow hide, restore and reason edits.
  const goneChanged = tombstonesStale(outDir, gonePages)
  if (
    !pendingIds.length &&
    !hiddenBuilt &&
    !orphans.rules.length &&
    !templatesChanged &&
    !goneChanged &&
    !staleMethods.length &&
    !changedMethods.size
  )
    return null

  const rulePages = loadedRules.rules
  const pages: PageTemplate[] = ['index.njk', 'rules/index.njk', 'sitemap.njk', 'feed.njk']
  if (rulePages.length) pages.push('rules/rule.njk')
  if (templatesChanged) pages.push('templates/index.njk', 'templates/template.njk')
  if (changedMethods.size) pages.push('methods/index.njk')
  if (staleMethods.length) pages.push('methods/method.njk')
  if (goneChanged) pages.push('gone.njk')
  const data = siteData({
    templates,
    templatePages,
    ruleIndex: ruleIndex.filter((rule) => !loadFailed.has(rule.id)),
    rulePages,
    feed: feed.filter((entry) => !loadFailed.has(entry.ruleId)),
    gonePages,
    methods,
    methodPages: staleMethods.map((method) => method.slug),
    skipped: [...loadedTemplates.failures, ...loadedRules.failures, ...loadedMethods.failures],
  })
  const assets = publishAssets(outDir)
  const result = await renderPages({ outDir, data, assets, templates: pages })
  const failures = [...data.skipped, ...result.failures]
  // Templates that fail to load do so on every pass; report each record once per run.
  const fresh = failures.filter((f) => !skip.has(failureKey(f)))
  reportPageFailures(fresh, (line) => payload.logger.warn(line))
  for (const failure of fresh) skip.add(failureKey(failure))
  const live = withoutFailed(data, result.failures)
  const removed = removeStalePages(outDir, live)
  removeStaleTombstones(outDir, gonePages)
  const skippedIds = failures.filter((f) => f.kind === 'rule').map((f) => f.id)
  await markBuilt(
    payload,
    live.rulePages.map((rule) => rule.id),
    snapshot,
    skippedIds,
  )
  await recordSiteBuild(payload, {
    kind: 'incremental',
    pages: result.htmlPages,
    removed: removed.length,
    seconds: (performance.now() - t0) / 1000,
    failures: fresh,
  })
  return {
    built: live.rulePages.map((rule) => rule.slug),
    removed,
    templates: live.templatePages.map((t) => t.slug),
    methods: live.methodPages.map((m) => m.slug),
    skipped: fresh,
    files: result.files,
    seconds: (performance.now() - t0) / 1000,
  }
}

/**
 * Whether rules were published, edited or hidden while the last pass ran (two one-row-ish queries).
 * Only those earn another pass under the same lock: any change also queues its own job, and a full
 * pass that finds nothing (~0.3 s at 10,000 rules) would hold the lock the next publish waits for.
 */
async function rulesPendingAgain(payload: Payload, skip: ReadonlySet<string>): Promise<boolean> {
  const [pending, hidden] = await Promise.all([
    pendingRuleIds(payload, skippedRuleIds(skip)),
    hiddenRulesBuilt(payload),
  ])
  return pending.length > 0 || hidden
}

/**
 * Builds what is pending, holding the lock, and again while rules keep arriving during a pass
 * (rulesPendingAgain). Returns the passes that did work.
 */
export async function publishPending(payload: Payload, { outDir = defaultOutDir(), maxPasses = 10 } = {}) {
  const outcome = await withSiteBuildLock(payload, () =>
    withBuildMarker(outDir, async () => {
      const passes: PublishResult[] = []
      const skip = new Set<string>() // records skipped in this run: one attempt per job, no spinning
      for (let i = 0; i < maxPasses; i++) {
        const pass = await publishPendingOnce(payload, outDir, skip)
        if (!pass) break
        passes.push(pass)
        if (!(await rulesPendingAgain(payload, skip))) break
      }
      return passes
    }),
  )
  if (!outcome.locked) throw new Error('another site build held the lock for too long; the job will retry')
  // Site search follows in the background: the pages are live now, the index once publishing calms.
  if (outcome.value.length) indexSearchWhenCalm(outDir, (line) => payload.logger.info(line))
  return outcome.value
}
