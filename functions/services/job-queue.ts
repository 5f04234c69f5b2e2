import type { Payload } from 'payload'
import type { Logger } from '../lib/logger'
import type { AppContext } from '../context'
import { countFailedJobs, countWaitingJobs } from '@communityrule/core/data/jobs'

/**
 * Refreshes the job gauges from Postgres just before /metrics is scraped: jobs waiting per queue, and
 * jobs that failed every retry per task (Payload marks those `hasError` and never runs them again;
 * the cleanupExpired job deletes them after 7 days).
 */
export function queueDepthRefresher({ payload, metrics }: AppContext) {
  return async () => {
    const waiting = await countWaitingJobs(payload)
    metrics.jobQueueDepth.reset()
    for (const [queue, count] of waiting) metrics.jobQueueDepth.set({ queue }, count)

    const failed = await countFailedJobs(payload)
    metrics.jobsFailed.reset()
    // Every task reports, 0 included, so an alert can tell "none failed" from "not scraped".
    for (const task of payload.config.jobs?.tasks ?? []) metrics.jobsFailed.set({ task: task.slug }, 0)
    for (const { task, count } of failed) metrics.jobsFailed.set({ task }, count)
  }
}

type QueueArgs = Parameters<Payload['jobs']['queue']>[0]

/**
 * Queues an email job and runs the email queue at once rather than at the next cron tick; the HTTP
 * response does not wait for SMTP, and a mail outage is retried by the job.
 */
export async function queueEmail(payload: Payload, logger: Logger, job: QueueArgs): Promise<void> {
  await payload.jobs.queue({ ...job, queue: 'email' } as QueueArgs)
  setImmediate(() => {
    payload.jobs
      .run({ queue: 'email', limit: 10 })
      .catch((err: Error) => logger.warn({ err: err.message }, 'email job run failed'))
  })
}
