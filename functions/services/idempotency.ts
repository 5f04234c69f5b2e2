/**
 * Replay-safe POSTs over HTTP: core/data/idempotency.ts does the claiming, waiting and storing; this
 * maps a key with nothing to replay to its 409 (the route sets `Idempotent-Replayed: true` on replays).
 */
import type { Payload } from 'payload'
import {
  CommitUnconfirmed,
  IdempotencyConflict,
  withIdempotency as withStoredResponse,
  type IdempotentWork,
  type StoredResponse,
} from '@communityrule/core/data/idempotency'
import type { Member } from '@communityrule/core/data/access'
import { HttpError, unavailable } from '../lib/http-error'

export type { IdempotentWork, StoredResponse }

const CONFLICTS: Record<IdempotencyConflict['reason'], () => HttpError> = {
  mismatch: () =>
    new HttpError(409, 'idempotency_mismatch', 'This Idempotency-Key was already used with a different request body.'),
  released: () =>
    new HttpError(
      409,
      'idempotency_retry',
      'The first attempt with this key did not complete. Please retry.',
      undefined,
      { 'Retry-After': '1' },
    ),
  'in-progress': () =>
    new HttpError(
      409,
      'idempotency_in_progress',
      'A request with this Idempotency-Key is still in progress.',
      undefined,
      { 'Retry-After': '1' },
    ),
}

export async function withIdempotency(
  payload: Payload,
  claim: { key: string; member: Member; route: string; hash: string },
  work: IdempotentWork,
  /** Runs once the claim is ours, outside the transaction (e.g. rate limiting on its own connection). */
  beforeWork?: () => Promise<void>,
): Promise<StoredResponse> {
  try {
    return await withStoredResponse(payload, claim, work, beforeWork)
  } catch (err) {
    if (err instanceof IdempotencyConflict) throw CONFLICTS[err.reason]()
    if (err instanceof CommitUnconfirmed) throw unavailable()
    throw err
  }
}
