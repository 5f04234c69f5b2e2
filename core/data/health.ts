/** What the readiness check asks of the database. */
import type { Payload } from 'payload'
import { dbPool } from './pool'

/** One round trip on Payload's pool; rejects when the database does not answer. */
export async function pingDatabase(payload: Payload): Promise<void> {
  await dbPool(payload).query('select 1')
}

/** The pool's connections right now: tells "database down" apart from "all connections busy". */
export function poolUsage(payload: Payload): { total: number; idle: number; waiting: number } {
  const pool = dbPool(payload)
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }
}
