/**
 * Lists read on every page load of the create flow (templates, the methods library) change only when
 * an editor publishes. Each request asks Postgres one cheap question — has anything changed since?
 * (count, newest updatedAt) — and reuses the loaded value, serialised with its ETag, when nothing has.
 * Correct across any number of instances, because the check itself always goes to the database.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

export type CachedJson = { json: string; etag: string }

export function cachedByVersion(
  versionOf: (payload: Payload) => Promise<string>,
  load: (key: string) => Promise<unknown>,
) {
  const entries = new Map<string, { version: string; value: CachedJson }>()
  return async (payload: Payload, key: string): Promise<CachedJson> => {
    const version = await versionOf(payload)
    const hit = entries.get(key)
    if (hit && hit.version === version) return hit.value
    const json = JSON.stringify(await load(key))
    const value = { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` }
    entries.set(key, { version, value })
    return value
  }
}

/** The latest value of `load`, reloaded only when `versionOf` changes (not serialised). */
export function latestByVersion<T>(
  versionOf: (payload: Payload) => Promise<string>,
  load: (payload: Payload) => Promise<T>,
) {
  let entry: { version: string; value: T } | undefined
  return async (payload: Payload): Promise<T> => {
    const version = await versionOf(payload)
    if (entry?.version !== version) entry = { version, value: await load(payload) }
    return entry.value
  }
}
