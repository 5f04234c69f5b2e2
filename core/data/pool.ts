/**
 * The node-postgres pool behind Payload, for the few single-statement atomic operations Payload's
 * Local API cannot express (compare-and-set, keyset reads, advisory locks). The one place it is
 * reached.
 */
import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Pool } from 'pg'

// NOTE: @payloadcms/db-postgres types `payload.db.pool` with its own nested copy of @types/pg, which
// TypeScript sees as a different Pool; at run time it is the same node-postgres Pool we install.
export const dbPool = (payload: Payload): Pool => payload.db.pool as unknown as Pool

const guarded = new WeakSet<object>()

/**
 * node-postgres emits 'error' on the pool when an idle connection is cut (Postgres restarted, network
 * blip). Without a listener that is an uncaught exception that kills the process; with one, the pool
 * drops the dead client and the next query reconnects.
 */
export function guardPool(payload: Payload): void {
  const pool = dbPool(payload)
  if (!pool || guarded.has(pool)) return
  guarded.add(pool)
  const warn = (err: Error) => payload.logger.warn({ err: err.message }, 'database connection lost; will reconnect')
  pool.on('error', warn)
  // A client that is checked out when the connection dies emits 'error' on itself, not the pool:
  // listen on every client once, or the process dies mid-request.
  const seen = new WeakSet<object>()
  pool.on('acquire', (client) => {
    if (seen.has(client)) return
    seen.add(client)
    client.on('error', warn)
  })
}
