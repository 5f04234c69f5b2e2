import type { AppContext } from '../context'
import { dbPool } from '@communityrule/core/data/pool'

/**
 * Refreshes the job gauges from Postgres just before /metrics is scraped: jobs waiting per queue, and
 * jobs that failed every retry per task (Payload marks those `hasError` and never runs them again;
 * the cleanupExpired job deletes them after 7 days).
 */
export function queueDepthRefresher({ payload, metrics }: AppContext) {
  return async () => {
    const result = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      limit: 1000,
      depth: 0,
      select: { queue: true },
      overrideAccess: true,
    })
    metrics.jobQueueDepth.reset()
    const counts = new Map<string, number>()
    for (const job of result.docs as Array<{ queue?: string }>)
      counts.set(job.queue ?? 'default', (counts.get(job.queue ?? 'default') ?? 0) + 1)
    for (const [queue, count] of counts) metrics.jobQueueDepth.set({ queue }, count)

    const failed = await dbPool(payload).query<{ task: string; count: number }>(
      `select coalesce(task_slug::text, 'workflow') as task, count(*)::int as count
         from payload_jobs where has_error and completed_at is null group by 1`,
    )
    metrics.jobsFailed.reset()
    // Every task reports, 0 included, so an alert can tell "none failed" from "not scraped".
    for (const task of payload.config.jobs?.tasks ?? []) metrics.jobsFailed.set({ task: task.slug }, 0)
    for (const { task, count } of failed.rows) metrics.jobsFailed.set({ task }, count)
  }
}
