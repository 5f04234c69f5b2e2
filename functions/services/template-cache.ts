/**
 * The template list is read on every page load of the create flow but changes only when an editor
 * publishes. Each request asks Postgres one cheap question — has any template changed since? (count,
 * newest updatedAt) — and reuses the serialised body and ETag when nothing has. Correct across any
 * number of instances, because the check itself always goes to the database.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { templatesVersion } from '@communityrule/core/data/templates'

export type CachedJson = { json: string; etag: string }

export function cachedByVersion(load: (key: string) => Promise<unknown>) {
  const entries = new Map<string, { version: string; value: CachedJson }>()
  return async (payload: Payload, key: string): Promise<CachedJson> => {
    const version = await templatesVersion(payload)
    const hit = entries.get(key)
    if (hit && hit.version === version) return hit.value
    const json = JSON.stringify(await load(key))
    const value = { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` }
    entries.set(key, { version, value })
    return value
  }
}
