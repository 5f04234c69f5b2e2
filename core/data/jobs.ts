/**
 * Payload's job queue (collection `payload-jobs`) as the job gauges read it. Payload marks a job that
 * failed its last retry `hasError` and never runs it again (completed jobs are deleted at once:
 * deleteJobOnComplete); core/data/cleanup.ts deletes those after FAILED_JOB_RETENTION_MS.
 */
import type { Payload } from 'payload'
import { dbPool } from './pool'

/** Jobs that failed every retry are kept this long for inspection (and the payload_jobs_failed gauge). */
export const FAILED_JOB_RETENTION_MS = 7 * 24 * 60 * 60 * 1000

/** Jobs waiting to run, per queue (`default` for jobs queued without one); counts the first 1000. */
export async function countWaitingJobs(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    limit: 1000,
    depth: 0,
    select: { queue: true },
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const job of docs) counts.set(job.queue ?? 'default', (counts.get(job.queue ?? 'default') ?? 0) + 1)
  return counts
}

/** Jobs that failed every retry and are still kept, per task slug (`workflow` for workflow jobs). */
export async function countFailedJobs(payload: Payload): Promise<Array<{ task: string; count: number }>> {
  const { rows } = await dbPool(payload).query<{ task: string; count: number }>(
    `select coalesce(task_slug::text, 'workflow') as task, count(*)::int as count
       from payload_jobs where has_error and completed_at is null group by 1`,
  )
  return rows
}

/** Whether the job row is visible to this connection (i.e. the transaction that queued it committed). */
export async function jobExists(payload: Payload, jobId: string | number): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { id: { equals: jobId } },
    overrideAccess: true,
  })
  return totalDocs > 0
}
