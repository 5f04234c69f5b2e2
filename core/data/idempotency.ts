/**
 * Replay-safe POSTs. The (key, member) unique index decides which of N concurrent requests does the
 * work; the others wait for its stored response and replay it.
 *
 * The work and the stored response commit in one transaction, so a crash or an outage can never leave
 * "rule created, response not stored". A claim left `pending` by a failed attempt (its transaction
 * rolled back, its release failed because the database was down) is taken over by exactly one retry
 * once it is older than STALE_CLAIM_SECONDS.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Member } from './access'
import type { IdempotencyKey } from './payload-types'
import { dbPool } from './pool'
import { inTransaction } from './transaction'

const KEY_TTL_MS = 24 * 60 * 60 * 1000
const WAIT_FOR_FIRST_MS = 10_000
/**
 * A pending claim older than this has no live owner: the pool caps statements and idle transactions
 * at 5 s (cms/payload.config.ts), so an owner's transaction cannot still be open.
 */
const STALE_CLAIM_SECONDS = 8

export type StoredResponse = { status: number; body: IdempotencyKey['responseBody']; replayed: boolean }
/**
 * The work receives a request carrying the transaction; pass it to every Local API call, and take no
 * other pool connection inside it (N requests each holding one connection and waiting for a second
 * would starve the pool).
 */
export type IdempotentWork = (
  req: Partial<PayloadRequest>,
) => Promise<{ status: number; body: IdempotencyKey['responseBody'] }>

/**
 * Why a request with an already-claimed key gets no response to replay:
 * - `mismatch`: the key was used with a different request body;
 * - `released`: the first attempt failed and released the key, so the client may retry with it;
 * - `in-progress`: the first attempt is still running after WAIT_FOR_FIRST_MS.
 */
export class IdempotencyConflict extends Error {
  constructor(readonly reason: 'mismatch' | 'released' | 'in-progress') {
    super(`idempotency key conflict: ${reason}`)
  }
}

/**
 * Runs `work` once per (key, member): the first request does it and stores its response in the same
 * transaction; concurrent and later requests with the same key and body get that response back with
 * `replayed: true`. Throws IdempotencyConflict when there is nothing to replay (see there).
 */
export async function withIdempotency(
  payload: Payload,
  { key, member, route, hash }: { key: string; member: Member; route: string; hash: string },
  work: IdempotentWork,
  /** Runs once the claim is ours, outside the transaction (e.g. rate limiting on its own connection). */
  beforeWork: () => Promise<void> = async () => {},
): Promise<StoredResponse> {
  let claimId: string
  // One statement decides the winner: the (key, member) unique index (server-only collection).
  const { rows } = await dbPool(payload).query<{ id: string }>(
    `insert into idempotency_keys (key, member_id, route, request_hash, status, expires_at)
     values ($1, $2, $3, $4, 'pending', $5) on conflict (key, member_id) do nothing returning id`,
    [key, member.id, route, hash, new Date(Date.now() + KEY_TTL_MS)],
  )
  if (rows[0]) {
    claimId = rows[0].id
  } else {
    const outcome = await waitForFirst(payload, { key, member, hash })
    if ('response' in outcome) return outcome.response
    claimId = outcome.takeOver
  }
  try {
    await beforeWork()
  } catch (err) {
    await releaseClaim(payload, claimId)
    throw err
  }
  return doWork(payload, claimId, work)
}

const releaseClaim = (payload: Payload, claimId: string) =>
  payload.delete({ collection: 'idempotency-keys', id: claimId, overrideAccess: true }).catch(() => {})

/** The work ran, but its COMMIT cannot be confirmed: say "unavailable", and let the client retry with its key. */
export class CommitUnconfirmed extends Error {
  constructor() {
    super('the transaction could not be confirmed as committed')
  }
}

async function doWork(payload: Payload, claimId: string, work: IdempotentWork): Promise<StoredResponse> {
  let result: Awaited<ReturnType<IdempotentWork>>
  try {
    result = await inTransaction(payload, async (req) => {
      const done = await work(req)
      await payload.update({
        collection: 'idempotency-keys',
        id: claimId,
        overrideAccess: true,
        data: { status: 'done', responseStatus: done.status, responseBody: done.body },
        req,
      })
      return done
    })
  } catch (err) {
    // Release the key so the client's retry can do the work; if the database is down this fails
    // too, and the retry takes the stale claim over instead.
    await releaseClaim(payload, claimId)
    throw err
  }
  await confirmCommitted(payload, claimId)
  return { ...result, replayed: false }
}

/**
 * NOTE: Payload's commitTransaction never reports a failed COMMIT (its drizzle adapter catches the
 * error), so a connection cut at that moment would acknowledge work that was rolled back (the
 * Postgres drill caught it). Read the claim back on a fresh connection: only a stored response is
 * acknowledged. The claim is not released here: if the COMMIT did land, a retry with the key replays
 * it; if it did not, the pending claim goes stale and one retry takes it over.
 */
async function confirmCommitted(payload: Payload, claimId: string): Promise<void> {
  let status: string | undefined
  try {
    const { rows } = await dbPool(payload).query<{ status: string }>(
      'select status from idempotency_keys where id = $1',
      [claimId],
    )
    status = rows[0]?.status
  } catch {
    throw new CommitUnconfirmed()
  }
  if (status !== 'done') throw new CommitUnconfirmed()
}

async function waitForFirst(
  payload: Payload,
  { key, member, hash }: { key: string; member: Member; hash: string },
): Promise<{ response: StoredResponse } | { takeOver: string }> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    const { docs } = await payload.find({
      collection: 'idempotency-keys',
      where: { key: { equals: key }, member: { equals: member.id } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const stored = docs[0]
    if (stored && stored.requestHash !== hash) throw new IdempotencyConflict('mismatch')
    if (stored?.status === 'done')
      return { response: { status: stored.responseStatus ?? 200, body: stored.responseBody, replayed: true } }
    // The first attempt failed and released the key; let the client retry with it.
    if (!stored) throw new IdempotencyConflict('released')
    // Database clock, one conditional statement: exactly one retry wins a stale claim.
    const { rowCount } = await dbPool(payload).query(
      `update idempotency_keys set updated_at = now()
       where id = $1 and status = 'pending' and updated_at < now() - make_interval(secs => $2)`,
      [stored.id, STALE_CLAIM_SECONDS],
    )
    if (rowCount === 1) return { takeOver: stored.id }
    if (Date.now() > deadline) throw new IdempotencyConflict('in-progress')
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}
