/**
 * Published rules over HTTP: a 404 for an unknown or hidden rule, the public list's opaque keyset
 * cursor, and the request hash behind idempotent publishing. The data and its public shape are
 * core/data/rules.ts's.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { findVisibleRule, isUuid, listVisibleRules } from '@communityrule/core/data/rules'
import { HttpError, notFound } from '../lib/http-error'

export async function findRule(payload: Payload, idOrSlug: string) {
  const rule = await findVisibleRule(payload, idOrSlug)
  if (!rule) throw notFound('No published rule has that id or slug.')
  return rule
}

// ---- keyset pagination: the cursor is the next page's key, (publishedAt, id), opaque to clients ----

type Cursor = { p: string; i: string }

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

export function decodeCursor(raw: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    if (
      typeof cursor?.p === 'string' &&
      !Number.isNaN(Date.parse(cursor.p)) &&
      typeof cursor?.i === 'string' &&
      isUuid(cursor.i)
    )
      return cursor
  } catch {
    // fall through
  }
  throw new HttpError(400, 'invalid_cursor', 'The cursor is not valid. Start again from the first page.')
}

export async function listRules(payload: Payload, { cursor, limit }: { cursor?: string; limit: number }) {
  const after = cursor ? decodeCursor(cursor) : undefined
  const { items, next } = await listVisibleRules(payload, {
    after: after && { publishedAt: after.p, id: after.i },
    limit,
  })
  return { items, nextCursor: next && encodeCursor({ p: next.publishedAt, i: next.id }) }
}

export const requestHash = (body: unknown) => createHash('sha256').update(stableStringify(body)).digest('hex')

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}
