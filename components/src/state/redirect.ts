/** Where to send someone after signing in, from a value an attacker may have written into the link. */

/** Where a `next` that is not a path on this site leads instead. */
export const AFTER_SIGN_IN = '/account/'

/**
 * A same-origin path for an untrusted `?next=` (or `redirect`) value, else AFTER_SIGN_IN. The value
 * is resolved the way the browser will resolve it — browsers read `\` as `/` and drop tabs and
 * newlines, so `/\evil.example` or `/<tab>/evil.example` mean `//evil.example` — and only a result on
 * `origin` whose path starts with a single `/` is accepted (`/.//evil.example` resolves to the path
 * `//evil.example`, which the browser would read as a host). The normalised path is returned, never
 * the raw value, so what is checked is what is navigated to.
 */
export function safeNextPath(next: string, origin: string): string {
  try {
    const url = new URL(next, origin)
    if (/^\/[^/\\]/.test(next) && url.origin === new URL(origin).origin && !url.pathname.startsWith('//')) {
      return url.pathname + url.search + url.hash
    }
  } catch {
    // not a URL at all
  }
  return AFTER_SIGN_IN
}
