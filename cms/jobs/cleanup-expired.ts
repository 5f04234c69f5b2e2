import type { TaskConfig } from 'payload'
import { deleteExpired } from '@communityrule/core/data/cleanup'

/**
 * Deletes expired OTP challenges, expired or revoked sessions, expired idempotency keys, expired
 * rate-limit counters and week-old failed jobs so they never accumulate (core/data/cleanup.ts).
 * Scheduled hourly; safe to run on several instances at once (deletes are idempotent).
 */
export const cleanupExpiredTask: TaskConfig<'cleanupExpired'> = {
  slug: 'cleanupExpired',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({ output: { deleted: await deleteExpired(req.payload, req) } }),
}
