/**
 * The Postgres store of rate-limiter-flexible's counters (table rate_limits, migration
 * 20261126_111500; used when REDIS_URL is unset). The limiter library reads and writes it itself on
 * Payload's pool; this module only hands the pool over and deletes what has expired.
 */
import type { Payload } from 'payload'
import { dbPool } from './pool'

/** The RateLimiterPostgres options naming the store: the table exists (a migration made it). */
export const rateLimitStore = (payload: Payload) =>
  ({ storeClient: dbPool(payload), storeType: 'pool', tableName: 'rate_limits', tableCreated: true }) as const

/**
 * Deletes expired counters: `expire` is epoch ms, null for a counter that never expires. The limiter
 * only ignores expired rows; nothing else removes them. Returns how many were deleted.
 */
export async function deleteExpiredRateLimits(payload: Payload): Promise<number> {
  const { rowCount } = await dbPool(payload).query('delete from rate_limits where expire < $1', [Date.now()])
  return rowCount ?? 0
}
