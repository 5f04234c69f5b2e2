/**
 * A rule-page worker (worker_threads): renders slices of `rulePages` with PagedRenderer — the same
 * Nunjucks environment, templates and filters as the main thread, so the HTML is byte-identical —
 * and writes each page and its `rule.md` atomically. Started by RulePagePool (site/rule-pool.ts)
 * through render-worker.mjs, which makes sure TypeScript can be loaded.
 *
 * Protocol: { type: 'init', data, assets, outDir } once, then { type: 'render', rules, offset } per
 * slice, answered by { type: 'done', files, htmlPages } or { type: 'error', message, stack }. The pool
 * terminates the worker when the build is done.
 */
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import type { SiteData, SiteRule } from './_data/load'
import { PagedRenderer } from './paged-render'
import { writeAtomic } from './write'

type Init = { type: 'init'; data: SiteData; assets: Record<string, string>; outDir: string }
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
    const { rules, offset } = message
    let i = 0
    for (const page of renderer.rulePages(data, assets, outDir, rules, offset)) {
      const rule = rules[i++]!
      writeAtomic(path.resolve(page.outputPath), page.content)
      writeAtomic(path.resolve(outDir, 'rules', rule.slug, 'rule.md'), renderer.takeRuleMarkdown(rule.document))
      files += 2
    }
    port.postMessage({ type: 'done', files, htmlPages: rules.length })
  } catch (err) {
    port.postMessage({ type: 'error', message: (err as Error).message, stack: (err as Error).stack })
  }
})
port.postMessage({ type: 'ready' })
