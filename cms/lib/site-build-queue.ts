import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import { config } from '@communityrule/core/config'
import { jobExists } from '@communityrule/core/data/jobs'

/**
 * Site rebuild hooks: a published, edited, hidden or deleted rule, or a changed template, queues a
 * `buildSite` job (queue `site`) and kicks the runner so the page is live within seconds. The job
 * decides what to build from the data (see site/publish.ts), so extra jobs are harmless.
 * `req.context.disableSiteBuild` (seeds, scripts, the build itself) suppresses all of it.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs the `site` queue once the job row is visible to other connections, i.e. after the
 * request's transaction has committed (the job is queued inside it, so a rolled-back publish
 * queues nothing). Never awaited by the request. Skipped in the Next admin process and when
 * CR_SITE_BUILD_KICK=false (one-off scripts): the BFF's autoRun picks the job up within 5 s.
 */
let running = false
let rerun = false

/**
 * Single flight per process: a burst of publishes triggers one run at a time (plus one more if
 * anything arrived meanwhile), never one concurrent build per request — a build job coalesces all
 * pending changes anyway.
 */
async function runSiteQueue(payload: Payload): Promise<void> {
  if (running) {
    rerun = true
    return
  }
  running = true
  try {
    do {
      rerun = false
      await payload.jobs.run({ queue: 'site', limit: 10, sequential: true })
    } while (rerun)
  } catch (err) {
    payload.logger.warn({ err: (err as Error).message }, 'site build kick failed; autoRun will retry')
  } finally {
    running = false
  }
}

export function kickSiteBuild(payload: Payload, jobId?: string | number): void {
  if (config().NEXT_RUNTIME || !config().CR_SITE_BUILD_KICK) return
  setImmediate(async () => {
    try {
      if (jobId !== undefined) {
        const deadline = Date.now() + 10_000
        for (;;) {
          if ((await jobExists(payload, jobId)) || Date.now() > deadline) break
          await sleep(10)
        }
      }
    } catch (err) {
      payload.logger.warn(
        { err: (err as Error).message },
        'site build kick could not see its job; autoRun will pick it up',
      )
      return
    }
    await runSiteQueue(payload)
  })
}

/** Queues a site build inside the request's transaction and kicks the runner after commit. */
export async function queueSiteBuild(req: PayloadRequest, reason: string): Promise<void> {
  if (req.context?.disableSiteBuild) return
  const job = await req.payload.jobs.queue({ task: 'buildSite', queue: 'site', input: { reason }, req })
  kickSiteBuild(req.payload, job.id)
}
