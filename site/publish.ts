/**
 * Incremental publish-to-live (the `buildSite` job): finds what changed since the pages were written
 * and rebuilds only that, plus the listings, sitemap and feed. State lives in Postgres
 * (`rules.builtAt` against `updatedAt`, `hidden`) and in the output itself (a template page older
 * than its template; a page whose rule is gone), so any number of queued jobs coalesce: the first
 * one builds everything pending, the others find nothing to do.
 *
 * One build at a time across every instance: a PostgreSQL session advisory lock (released by
 * Postgres if the process dies). A build that cannot get the lock waits for it and then re-checks.
 *
 * A rule or template whose page cannot be built is skipped and reported (site/page-failures.ts);
 * see markBuilt for what builtAt then means and why that does not make publish spin.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type pg from 'pg'
import { loadRuleIndex, loadRules, loadTemplates, siteData, type SiteTemplate } from './_data/load'
import { publishAssets, removeStalePages, renderPages, siteDir, type PageTemplate } from './render'
import { insideOutDir, pagePath } from './output-path'
import { reportPageFailures, withoutFailed, type PageFailure } from './page-failures'
import { config } from '@communityrule/core/config'
import { dbPool } from '@communityrule/core/data/pool'

/** pg_advisory_lock key for site builds ("CRsite"). */
export const SITE_BUILD_LOCK = 0x4352_5369

export function defaultOutDir(): string {
  const { SITE_DIR } = config()
  return SITE_DIR ? path.resolve(SITE_DIR) : path.join(siteDir, '_site')
}

/**
 * Runs `fn` holding the site-build advisory lock. Waits up to `waitMs` for another instance's
 * build to finish; returns `{ locked: false }` if it never got the lock. While waiting it holds no
 * pool connection (each try borrows one briefly), so many waiting builds cannot starve the pool
 * that publishes need.
 */
export async function withSiteBuildLock<T>(payload: Payload, fn: () => Promise<T>, { waitMs = 60_000 } = {}) {
  const pool = dbPool(payload)
  const deadline = Date.now() + waitMs
  for (;;) {
    const client = await pool.connect()
    let locked = false
    try {
      const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [SITE_BUILD_LOCK])
      locked = rows[0]!.ok
      if (locked) {
        try {
          return { locked: true as const, value: await fn() }
        } finally {
          await client.query('select pg_advisory_unlock($1)', [SITE_BUILD_LOCK])
        }
      }
    } finally {
      client.release()
    }
    if (Date.now() > deadline) return { locked: false as const }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Records that these rules' pages are live as of `snapshot`, and that hidden rules and `skipped`
 * ones (their page could not be built) have none.
 *
 * Decision: builtAt means "this rule's public page is live", so a skipped rule keeps (or gets)
 * builtAt null — what `live` in the API says stays true, and it is not listed. That keeps it
 * pending, so it must not make publish spin: publishPending remembers what it skipped for the rest
 * of its passes (one attempt per job), and the next job (the next real change) tries it once more
 * and reports it again, until an editor fixes or hides the record. See docs/architecture.md.
 */
export async function markBuilt(
  payload: Payload,
  ids: string[],
  snapshot: Date,
  skipped: string[] = [],
): Promise<void> {
  const pool = dbPool(payload)
  // SQL rather than payload.update: no hooks (which would queue another build), no updatedAt bump
  // (which would make the page look stale again), and one statement for 10,000 rules.
  if (ids.length) await pool.query('update rules set built_at = $1 where id = any($2::uuid[])', [snapshot, ids])
  const uuids = skipped.filter((id) => /^[0-9a-f-]{36}$/i.test(id))
  if (uuids.length)
    await pool.query('update rules set built_at = null where id = any($1::uuid[]) and built_at is not null', [uuids])
  await pool.query('update rules set built_at = null where hidden and built_at is not null')
}

/** Postgres' clock, truncated to the column precision and 1 ms early, so builtAt never overshoots. */
export async function snapshotTime(payload: Payload): Promise<Date> {
  const { rows } = await dbPool(payload).query<{ t: Date }>(
    "select date_trunc('milliseconds', now()) - interval '1 millisecond' as t",
  )
  return rows[0]!.t
}

function templatePageIsStale(outDir: string, template: SiteTemplate): boolean {
  const file = pagePath(outDir, 'template', template.slug)
  return !existsSync(file) || statSync(file).mtimeMs < Date.parse(template.updatedAt)
}

export type PublishResult = {
  built: string[]
  removed: string[]
  templates: string[]
  /** rules and templates whose page could not be built (reported once per publishPending run) */
  skipped: PageFailure[]
  files: number
  seconds: number
}

const failureKey = (failure: Pick<PageFailure, 'kind' | 'id'>) => `${failure.kind}:${failure.id}`

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
  const pool = dbPool(payload)
  const snapshot = await snapshotTime(payload)
  const skippedRules = [...skip].filter((key) => key.startsWith('rule:')).map((key) => key.slice('rule:'.length))
  const [pending, hiddenBuilt] = await Promise.all([
    pool.query<{ id: string }>(
      'select id from rules where hidden is not true and (built_at is null or built_at < updated_at) and not (id = any($1::uuid[]))',
      [skippedRules],
    ),
    pool.query<{ id: string }>('select id from rules where hidden and built_at is not null'),
  ])
  const pendingIds = pending.rows.map((row) => row.id)
  const [loadedTemplates, ruleIndex, loadedRules] = await Promise.all([
    loadTemplates(payload),
    loadRuleIndex(payload, pendingIds),
    loadRules(payload, pendingIds),
  ])
  // A template whose page failed earlier in this run is left out like one that fails to load.
  const templates = loadedTemplates.templates.filter((t) => !skip.has(failureKey({ kind: 'template', id: t.id })))
  const staleTemplates = templates.filter((template) => templatePageIsStale(outDir, template))
  const liveSlugs = new Set(ruleIndex.map((rule) => rule.slug))
  const templateSlugs = new Set(templates.map((t) => t.slug))
  const rulesDir = insideOutDir(outDir, 'rules')
  const templatesDir = insideOutDir(outDir, 'templates')
  const loadFailed = new Set(loadedRules.failures.map((f) => f.id))
  const orphanRules = (existsSync(rulesDir) ? readdirSync(rulesDir) : []).filter(
    (name) => name !== 'page' && name !== 'index.html' && !liveSlugs.has(name),
  )
  const orphanTemplates = (existsSync(templatesDir) ? readdirSync(templatesDir) : []).filter(
    (name) => name !== 'index.html' && !templateSlugs.has(name),
  )
  const templatesChanged = staleTemplates.length > 0 || orphanTemplates.length > 0
  if (!pending.rows.length && !hiddenBuilt.rows.length && !orphanRules.length && !templatesChanged) return null

  const rulePages = loadedRules.rules
  const pages: PageTemplate[] = ['index.njk', 'rules/index.njk', 'sitemap.njk', 'feed.njk']
  if (rulePages.length) pages.push('rules/rule.njk')
  if (templatesChanged) pages.push('templates/index.njk', 'templates/template.njk')
  const data = siteData({
    templates,
    templatePages: staleTemplates,
    ruleIndex: ruleIndex.filter((rule) => !loadFailed.has(rule.id)),
    rulePages,
    skipped: [...loadedTemplates.failures, ...loadedRules.failures],
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
  const skippedIds = failures.filter((f) => f.kind === 'rule').map((f) => f.id)
  await markBuilt(
    payload,
    live.rulePages.map((rule) => rule.id),
    snapshot,
    skippedIds,
  )
  return {
    built: live.rulePages.map((rule) => rule.slug),
    removed,
    templates: live.templatePages.map((t) => t.slug),
    skipped: fresh,
    files: result.files,
    seconds: (performance.now() - t0) / 1000,
  }
}

/**
 * Builds everything pending, holding the lock, until nothing is pending (changes that land during a
 * pass are picked up by the next one). Returns the passes that did work.
 */
/**
 * Temp files of a build that was killed between write and rename. Only the lock holder writes, so
 * under the lock every `*.tmp` in the output is an orphan (readers never see them: pages are renamed
 * into place).
 */
export function sweepOrphanTempFiles(outDir: string): number {
  if (!existsSync(outDir)) return 0
  const orphans = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tmp'))
  for (const file of orphans) rmSync(path.join(outDir, file), { force: true })
  return orphans.length
}

export async function publishPending(payload: Payload, { outDir = defaultOutDir(), maxPasses = 10 } = {}) {
  const outcome = await withSiteBuildLock(payload, async () => {
    sweepOrphanTempFiles(outDir)
    const passes: PublishResult[] = []
    const skip = new Set<string>() // records skipped in this run: one attempt per job, no spinning
    for (let i = 0; i < maxPasses; i++) {
      const pass = await publishPendingOnce(payload, outDir, skip)
      if (!pass) break
      passes.push(pass)
    }
    return passes
  })
  if (!outcome.locked) throw new Error('another site build held the lock for too long; the job will retry')
  return outcome.value
}
