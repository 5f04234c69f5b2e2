/**
 * Renders rule pages on worker threads (one per core, from 2): the main thread loads the data once
 * and hands out slices of `rulePages`; each worker renders them with the same templates and filters
 * (site/render-worker.ts) and writes the files atomically. Meanwhile the main thread is free for
 * Eleventy's pages and the listings. Start the pool early (before the data load): workers spend
 * their first ~0.3 s importing and compiling templates.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { SiteData } from './_data/load'
import type { PageFailure } from './page-failures'
import { config } from '@communityrule/core/config'

/** What rendering a slice (or all of them) gives: counts, and the rules skipped because their page failed. */
type Done = { files: number; htmlPages: number; failures: PageFailure[] }

/** Below this many rule pages a full build renders them on the main thread (a worker costs ~0.3 s to start). */
export const WORKER_THRESHOLD = 1_000
const SLICE = 200

export function workerCount(): number {
  return config().SITE_RENDER_WORKERS ?? Math.max(2, availableParallelism())
}

export class RulePagePool {
  private workers: Promise<Worker>[]

  constructor(siteDir: string, count = workerCount()) {
    if (count < 1) throw new Error('RulePagePool needs at least one worker')
    this.workers = Array.from({ length: count }, () => {
      // The worker's entry beside this module: from source, site/render-worker.mjs (registers tsx, loads
      // render-worker.ts); in the compiled server, dist/render-worker.mjs (render-worker.ts bundled on its own).
      const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: { siteDir } })
      return new Promise<Worker>((resolve, reject) => {
        const onError = (err: Error) => reject(err)
        worker.once('error', onError)
        worker.once('message', (message: { type: string }) => {
          worker.off('error', onError)
          if (message.type === 'ready') resolve(worker)
          else reject(new Error(`render worker: unexpected ${message.type}`))
        })
      })
    })
    // Avoid unhandled rejections if the pool is closed before render().
    for (const w of this.workers) w.catch(() => {})
  }

  /** Renders and writes every page of `data.rulePages` (+ rule.md). Resolves with the counts and the rules skipped. */
  async render(data: SiteData, assets: Record<string, unknown>, outDir: string): Promise<Done> {
    const rules = data.rulePages
    // Workers need the same `cms` object, but only their own slice of rulePages (and no method
    // pages: rule pages read only `methodSlugs` of the library).
    const shared = { ...data, rulePages: [], methods: [], methodPages: [] }
    let next = 0
    let files = 0
    let htmlPages = 0
    const failures: PageFailure[] = []
    const run = async (worker: Worker) => {
      worker.postMessage({ type: 'init', data: shared, assets, outDir })
      while (next < rules.length) {
        const offset = next
        next += SLICE
        const result = await new Promise<Done>((resolve, reject) => {
          const onError = (err: Error) => reject(err)
          const onExit = (code: number) => reject(new Error(`render worker exited with code ${code}`))
          worker.once('error', onError)
          worker.once('exit', onExit)
          worker.once('message', (message: Done & { type: string; message?: string; stack?: string }) => {
            worker.off('error', onError)
            worker.off('exit', onExit)
            if (message.type === 'done') resolve(message)
            else reject(Object.assign(new Error(`render worker: ${message.message}`), { stack: message.stack }))
          })
          worker.postMessage({ type: 'render', rules: rules.slice(offset, offset + SLICE), offset })
        })
        files += result.files
        htmlPages += result.htmlPages
        failures.push(...result.failures)
      }
    }
    await Promise.all(this.workers.map(async (w) => run(await w)))
    return { files, htmlPages, failures }
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (w) => {
        const worker = await w.catch(() => undefined)
        if (worker) await worker.terminate()
      }),
    )
  }
}
