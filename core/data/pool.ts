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
