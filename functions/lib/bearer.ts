/** Bearer-token checks for machine endpoints (/metrics). */
import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/**
 * Whether an Authorization header carries `Bearer <expected>`. Both sides are hashed to equal-length
 * SHA-256 digests and compared with timingSafeEqual, so the time taken says nothing about how much
 * of the token was right, nor about its length.
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const presented = /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1] ?? ''
  const same = timingSafeEqual(digest(presented), digest(expected))
  return same && presented.length > 0
}
