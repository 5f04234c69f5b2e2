import type { TaskConfig } from 'payload'
import { dbPool } from '@communityrule/core/data/pool'

/** Jobs that failed every retry are kept this long for inspection (and the payload_jobs_failed gauge). */
export const FAILED_JOB_RETENTION_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Deletes expired OTP challenges, expired or revoked sessions, expired idempotency keys, expired
 * rate-limit counters and week-old failed jobs so they never accumulate. Scheduled hourly; safe to run
 * on several instances at once (deletes are idempotent).
 */
export const cleanupExpiredTask: TaskConfig<'cleanupExpired'> = {
  slug: 'cleanupExpired',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const now = new Date().toISOString()
    const revokedBefore = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString()
    let deleted = 0
    const remove = async (
      collection: 'otp-challenges' | 'sessions' | 'idempotency-keys' | 'payload-jobs',
      where: object,
    ) => {
      const result = await req.payload.delete({ collection, where: where as never, overrideAccess: true, req })
      deleted += result.docs.length
    }
    await remove('otp-challenges', { expiresAt: { less_than: now } })
    await remove('sessions', {
      or: [{ expiresAt: { less_than: now } }, { revokedAt: { less_than: revokedBefore } }],
    })
    await remove('idempotency-keys', { expiresAt: { less_than: now } })
    // Payload marks a job that failed its last retry `hasError` and never runs it again (completed
    // jobs are deleted at once: deleteJobOnComplete). `updatedAt` is its last attempt.
    await remove('payload-jobs', {
      and: [
        { hasError: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(Date.now() - FAILED_JOB_RETENTION_MS).toISOString() } },
      ],
    })
    // rate-limiter-flexible's counters (table rate_limits, migration 20261126_111500): `expire` is epoch
    // ms, null for a counter that never expires. The limiter only ignores expired rows; this deletes them.
    const pool = dbPool(req.payload)
    const counters = await pool.query('delete from rate_limits where expire < $1', [Date.now()])
    deleted += counters.rowCount ?? 0
    return { output: { deleted } }
  },
}
