/**
 * Publishing state that must survive reloads: the Idempotency-Key of the current attempt (reused by
 * retries and double clicks until it succeeds; a new one only when the body changes) and the rule
 * just published (so the done step can be reloaded).
 */
export type PublishedRef = {
  id: string
  slug: string
  url: string
  live: boolean
  timedOut?: boolean
  /** An amendment: the version published and its permanent page. */
  version?: number
  versionUrl?: string
}

const KEY = 'cr:create-flow:publish-key'
const DONE = 'cr:create-flow:published'

const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** djb2 over the body: enough to tell "same attempt" from "edited since". */
export function hashBody(body: string): string {
  let h = 5381
  for (let i = 0; i < body.length; i++) h = ((h << 5) + h + body.charCodeAt(i)) | 0
  return (h >>> 0).toString(36)
}

let memoryKey: { key: string; hash: string } | null = null

export function publishKey(body: string, store: Pick<Storage, 'getItem' | 'setItem'> | null = storage()): string {
  const hash = hashBody(body)
  let saved: { key: string; hash: string } | null = memoryKey
  try {
    saved = JSON.parse(store?.getItem(KEY) ?? 'null') ?? memoryKey
  } catch {
    // unreadable: fall back to the in-memory key
  }
  if (saved?.hash === hash) return saved.key
  const fresh = { key: crypto.randomUUID(), hash }
  memoryKey = fresh
  try {
    store?.setItem(KEY, JSON.stringify(fresh))
  } catch {
    // the in-memory key still covers double clicks
  }
  return fresh.key
}

export function clearPublishKey(store: Pick<Storage, 'removeItem'> | null = storage()): void {
  memoryKey = null
  try {
    store?.removeItem(KEY)
  } catch {
    /* ignore */
  }
}

export function readPublished(): PublishedRef | null {
  try {
    return JSON.parse(storage()?.getItem(DONE) ?? 'null')
  } catch {
    return null
  }
}

export function writePublished(rule: PublishedRef | null): PublishedRef | null {
  try {
    if (rule) storage()?.setItem(DONE, JSON.stringify(rule))
    else storage()?.removeItem(DONE)
  } catch {
    /* ignore */
  }
  return rule
}
