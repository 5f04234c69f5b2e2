/**
 * Replay-safe POSTs. The (key, member) unique index decides which of N concurrent requests does the
 * work; the others wait for its stored response and replay it with `Idempotent-Replayed: true`.
 */
import type { Payload } from 'payload'
import { HttpError } from '../lib/http-error'
import type { Member } from '../lib/payload-access'

const KEY_TTL_MS = 24 * 60 * 60 * 1000
const WAIT_FOR_FIRST_MS = 10_000

export type StoredResponse = { status: number; body: unknown; replayed: boolean }

export async function withIdempotency(
  payload: Payload,
  { key, member, route, hash }: { key: string; member: Member; route: string; hash: string },
  work: () => Promise<{ status: number; body: unknown }>,
): Promise<StoredResponse> {
  let claimId: string | undefined
  try {
    const claim = await payload.create({
      collection: 'idempotency-keys',
      overrideAccess: true, // server-only collection
      data: { key, member: member.id, route, requestHash: hash, status: 'pending', expiresAt: new Date(Date.now() + KEY_TTL_MS).toISOString() },
    })
    claimId = String(claim.id)
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    return replay(payload, { key, member, hash })
  }
  try {
    const result = await work()
    await payload.update({
      collection: 'idempotency-keys',
      id: claimId,
      overrideAccess: true,
      data: { status: 'done', responseStatus: result.status, responseBody: result.body as never },
    })
    return { ...result, replayed: false }
  } catch (err) {
    // Nothing was stored: release the key so the client's retry can do the work.
    await payload.delete({ collection: 'idempotency-keys', id: claimId, overrideAccess: true }).catch(() => {})
    throw err
  }
}

async function replay(payload: Payload, { key, member, hash }: { key: string; member: Member; hash: string }): Promise<StoredResponse> {
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
      throw new HttpError(409, 'idempotency_mismatch', 'This Idempotency-Key was already used with a different request body.')
    }
    if (stored?.status === 'done') return { status: stored.responseStatus ?? 200, body: stored.responseBody, replayed: true }
    if (!stored) {
      // The first attempt failed and released the key; let the client retry with it.
      throw new HttpError(409, 'idempotency_retry', 'The first attempt with this key did not complete. Please retry.', undefined, { 'Retry-After': '1' })
    }
    if (Date.now() > deadline) {
      throw new HttpError(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still in progress.', undefined, { 'Retry-After': '1' })
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}

function isUniqueViolation(err: unknown): boolean {
  for (let current: any = err, depth = 0; current && depth < 5; current = current.cause, depth++) {
    if (current.code === '23505') return true
    if (current.name === 'ValidationError' && JSON.stringify(current.data ?? '').includes('unique')) return true
  }
  return false
}
