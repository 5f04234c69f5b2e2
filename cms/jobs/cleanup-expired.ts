import type { TaskConfig } from 'payload'

/**
 * Deletes expired OTP challenges, expired or revoked sessions and expired idempotency keys so they
 * never accumulate. Scheduled hourly; safe to run on several instances at once (deletes are idempotent).
 */
export const cleanupExpiredTask: TaskConfig<'cleanupExpired'> = {
  slug: 'cleanupExpired',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const now = new Date().toISOString()
    const revokedBefore = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString()
    let deleted = 0
    const remove = async (collection: 'otp-challenges' | 'sessions' | 'idempotency-keys', where: object) => {
      const result = await req.payload.delete({ collection, where: where as never, overrideAccess: true, req })
      deleted += result.docs.length
    }
    await remove('otp-challenges', { expiresAt: { less_than: now } })
    await remove('sessions', {
      or: [{ expiresAt: { less_than: now } }, { revokedAt: { less_than: revokedBefore } }],
    })
    await remove('idempotency-keys', { expiresAt: { less_than: now } })
    return { output: { deleted } }
  },
}
