/**
 * A rule-page worker (worker_threads): renders slices of `rulePages` with PagedRenderer — the same
 * Nunjucks environment, templates and filters as the main thread, so the HTML is byte-identical —
 * and writes every file of each rule atomically (its pages, versions, history, Markdown and JSON). Started by RulePagePool (site/rule-pool.ts)
 * through render-worker.mjs, which makes sure TypeScript can be loaded; the compiled server bundles
 * this file as its own entry, dist/render-worker.mjs (scripts/build-server.mjs).
 *
 * Protocol: { type: 'init', data, assets, outDir } once, then { type: 'render', rules, offset } per
 * slice, answered by { type: 'done', files, htmlPages, failures } or { type: 'error', message, stack }.
 * A rule whose page cannot be rendered or written (or whose slug the writer refuses) is skipped
 * and listed in `failures`; the main thread reports it. The pool terminates the worker when the
 * build is done.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { SiteData, SiteRule } from './_data/load'
import { PagedRenderer } from './paged-render'
import { pageFailure, type PageFailure } from './page-failures'
import { writeAtomic } from './write'

type Init = { type: 'init'; data: SiteData; assets: Record<string, unknown>; outDir: string }
type Render = { type: 'render'; rules: SiteRule[]; offset: number }

const port = parentPort!
// Compile the templates while the main thread is still loading data.
const renderer = new PagedRenderer((workerData as { siteDir: string }).siteDir)
renderer.warm()
let init: Init | undefined

port.on('message', (message: Init | Render) => {
  if (message.type === 'init') {
    init = message
    return
  }
  try {
    const { data, assets, outDir } = init!
    // Synchronous writes: this thread has nothing else to do meanwhile, and a libuv round trip per
    // file costs more than it overlaps (file creation is kernel CPU time, not waiting).
    let files = 0
    let htmlPages = 0
    const failures: PageFailure[] = []
    const { rules, offset } = message
    for (const [i, rule] of rules.entries()) {
      try {
        const written = renderer.ruleFiles(data, assets, outDir, rule, offset + i)
        for (const file of written) writeAtomic(file.outputPath, file.content)
        files += written.length
        htmlPages += written.filter((file) => file.outputPath.endsWith('.html')).length
      } catch (err) {
        failures.push(pageFailure('rule', rule, err))
      }
    }
    port.postMessage({ type: 'done', files, htmlPages, failures })
  } catch (err) {
    port.postMessage({ type: 'error', message: (err as Error).message, stack: (err as Error).stack })
  }
})
port.postMessage({ type: 'ready' })
