/**
 * Replay-safe POSTs. The (key, member) unique index decides which of N concurrent requests does the
 * work; the others wait for its stored response and replay it with `Idempotent-Replayed: true`.
 *
 * The work and the stored response commit in one transaction, so a crash or an outage can never leave
 * "rule created, response not stored". A claim left `pending` by a failed attempt (its transaction
 * rolled back, its release failed because the database was down) is taken over by exactly one retry
 * once it is older than STALE_CLAIM_SECONDS.
 */
import type { Payload, PayloadRequest } from 'payload'
import { HttpError } from '../lib/http-error'
import { dbPool } from '@communityrule/core/data/pool'
import type { Member } from '../lib/payload-access'

const KEY_TTL_MS = 24 * 60 * 60 * 1000
const WAIT_FOR_FIRST_MS = 10_000
/**
 * A pending claim older than this has no live owner: the pool caps statements and idle transactions
 * at 5 s (cms/payload.config.ts), so an owner's transaction cannot still be open.
 */
const STALE_CLAIM_SECONDS = 8

export type StoredResponse = { status: number; body: unknown; replayed: boolean }
/**
 * The work receives a request carrying the transaction; pass it to every Local API call, and take no
 * other pool connection inside it (N requests each holding one connection and waiting for a second
 * would starve the pool).
 */
export type IdempotentWork = (req: Partial<PayloadRequest>) => Promise<{ status: number; body: unknown }>

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
    await payload.delete({ collection: 'idempotency-keys', id: claimId, overrideAccess: true }).catch(() => {})
    throw err
  }
  return doWork(payload, claimId, work)
}

async function doWork(payload: Payload, claimId: string, work: IdempotentWork): Promise<StoredResponse> {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { transactionID } as Partial<PayloadRequest>
  try {
    const result = await work(req)
    await payload.update({
      collection: 'idempotency-keys',
      id: claimId,
      overrideAccess: true,
      data: { status: 'done', responseStatus: result.status, responseBody: result.body as never },
      req,
    })
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    return { ...result, replayed: false }
  } catch (err) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID).catch(() => {})
    // Release the key so the client's retry can do the work; if the database is down this fails
    // too, and the retry takes the stale claim over instead.
    await payload.delete({ collection: 'idempotency-keys', id: claimId, overrideAccess: true }).catch(() => {})
    throw err
  }
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
    if (stored && stored.requestHash !== hash) {
      throw new HttpError(
        409,
        'idempotency_mismatch',
        'This Idempotency-Key was already used with a different request body.',
      )
    }
    if (stored?.status === 'done')
      return { response: { status: stored.responseStatus ?? 200, body: stored.responseBody, replayed: true } }
    if (!stored) {
      // The first attempt failed and released the key; let the client retry with it.
      throw new HttpError(
        409,
        'idempotency_retry',
        'The first attempt with this key did not complete. Please retry.',
        undefined,
        { 'Retry-After': '1' },
      )
    }
    // Database clock, one conditional statement: exactly one retry wins a stale claim.
    const { rowCount } = await dbPool(payload).query(
      `update idempotency_keys set updated_at = now()
       where id = $1 and status = 'pending' and updated_at < now() - make_interval(secs => $2)`,
      [stored.id, STALE_CLAIM_SECONDS],
    )
    if (rowCount === 1) return { takeOver: String(stored.id) }
    if (Date.now() > deadline) {
      throw new HttpError(
        409,
        'idempotency_in_progress',
        'A request with this Idempotency-Key is still in progress.',
        undefined,
        { 'Retry-After': '1' },
      )
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}
