/**
 * Full site build (`npm run build:site`), the source of truth: loads templates, methods and rules through
 * core/data, validates them with the shared schemas, fingerprints assets, renders every page
 * (site/render.ts: rule pages on worker threads, the rest with Eleventy), removes pages of rules that are no longer public and records
 * `rules.builtAt`, then indexes the pages for site search (site/search-index.ts). Prints progress and pages/s. A rule or template whose page cannot be built is
 * skipped and reported (site/page-failures.ts); it never fails the build, nor `npm start`.
 */
import type { Payload } from 'payload'
import { loadSiteData, type SiteData } from './_data/load'
import { publishAssets, removeStalePages, removeStaleTombstones, renderPages, siteDir } from './render'
import { RulePagePool, workerCount } from './rule-pool'
import { withBuildMarker } from './build-marker'
import { defaultOutDir } from './publish'
import { reportPageFailures, withoutFailed } from './page-failures'
import { scheduleSearchIndex } from './search-index'
import { markBuilt, snapshotTime, withSiteBuildLock } from '@communityrule/core/data/site-build'
import { recordSiteBuild } from '@communityrule/core/data/site-builds'

export { publishAssets } from './render'
export type { Assets } from './render'

export async function buildSite({
  payload,
  outDir = defaultOutDir(),
  data,
  log = console.log,
  searchIndex = !!payload && !data,
}: {
  payload?: Payload
  outDir?: string
  data?: SiteData
  log?: (line: string) => void
  /** Index the pages for site search once they are written (default: for a build from the database). */
  searchIndex?: boolean
} = {}) {
  let result: Awaited<ReturnType<typeof fullBuild>>
  if (payload && !data) {
    // One build at a time across instances (incremental jobs take the same lock).
    const outcome = await withSiteBuildLock(
      payload,
      () => withBuildMarker(outDir, () => fullBuild({ payload, outDir, log })),
      { waitMs: 300_000 },
    )
    if (!outcome.locked) throw new Error('another site build held the lock for 5 minutes')
    result = outcome.value
  } else {
    result = await fullBuild({ payload, outDir, data, log })
  }
  // Outside the lock: publishes need not wait for the indexer.
  if (searchIndex) await scheduleSearchIndex(outDir, log)
  return result
}

async function fullBuild({
  payload,
  outDir,
  data,
  log,
}: {
  payload?: Payload
  outDir: string
  data?: SiteData
  log: (line: string) => void
}) {
  const t0 = performance.now()
  // The snapshot time comes from Postgres (one clock for every instance); builtAt = this time.
  // Rule-page workers start (import, compile templates) while the data loads.
  const pool = !data && workerCount() > 0 ? new RulePagePool(siteDir) : undefined
  let siteData: SiteData
  let snapshot: Date
  try {
    snapshot = payload ? await snapshotTime(payload) : new Date()
    siteData = data ?? (await loadSiteData(payload!))
  } catch (err) {
    await pool?.close()
    throw err
  }
  const tData = performance.now()
  log(
    `site: loaded ${siteData.rulePages.length} rules, ${siteData.templates.length} templates and ${siteData.methods.length} methods in ${((tData - t0) / 1000).toFixed(2)}s; rendering…`,
  )
  let result: Awaited<ReturnType<typeof renderPages>>
  try {
    const assets = publishAssets(outDir, { prune: true })
    result = await renderPages({ outDir, data: siteData, assets, pool })
  } catch (err) {
    await pool?.close()
    throw err
  }
  const skipped = [...siteData.skipped, ...result.failures]
  reportPageFailures(skipped, log)
  const live = withoutFailed(siteData, result.failures)
  const removed = removeStalePages(outDir, live)
  // Tombstones of rules visible again or deleted (only when the data came from the database).
  if (payload && !data) removeStaleTombstones(outDir, live.gonePages)
  const skippedRules = skipped.filter((f) => f.kind === 'rule').map((f) => f.id)
  if (payload && !data)
    await markBuilt(
      payload,
      live.rulePages.map((rule) => rule.id),
      snapshot,
      skippedRules,
    )
  const seconds = (performance.now() - t0) / 1000
  if (payload && !data)
    await recordSiteBuild(payload, {
      kind: 'full',
      pages: result.htmlPages,
      removed: removed.length,
      seconds,
      failures: skipped,
    })
  log(
    `site: ${result.htmlPages} pages (${result.rulePages} rule pages, ${removed.length} removed, ${skipped.length} skipped) in ${seconds.toFixed(2)}s — ` +
      `${Math.round(result.htmlPages / seconds)} pages/s, ${Math.round(result.rulePages / seconds)} rule pages/s; data load ${((tData - t0) / 1000).toFixed(2)}s`,
  )
  return {
    pages: result.htmlPages,
    rulePages: result.rulePages,
    files: result.files,
    skipped,
    seconds,
    dataSeconds: (tData - t0) / 1000,
  }
}

// Run as a script. import.meta.filename names this source file even inside a bundle (scripts/build-server.mjs).
if (process.argv[1] === import.meta.filename) {
  const { resolveDatabase } = await import('@communityrule/core/db')
  const { payloadInstance } = await import('../cms/lib/payload')
  const db = await resolveDatabase()
  const payload = await payloadInstance()
  await buildSite({ payload })
  await payload.destroy()
  await db.stop()
  process.exit(0)
}
