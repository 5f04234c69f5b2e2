/**
 * Deletes what has expired so it never accumulates: sign-in codes, expired or revoked sessions,
 * idempotency keys, rate-limit counters and week-old failed jobs. Deletes are idempotent, so several
 * instances may run it at once.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { FAILED_JOB_RETENTION_MS } from './jobs'
import { deleteExpiredRateLimits } from './rate-limits'

/** Returns how many rows were deleted; pass the job's request so the deletes join its transaction. */
export async function deleteExpired(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const now = new Date().toISOString()
  const revokedBefore = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString()
  let deleted = 0
  const remove = async (collection: CollectionSlug, where: Where) => {
    const result = await payload.delete({ collection, where, overrideAccess: true, req })
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
  deleted += await deleteExpiredRateLimits(payload)
  return deleted
}
