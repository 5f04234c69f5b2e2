import cors from 'cors'
import type { Config } from '@communityrule/core/config'

/** Credentials-bearing CORS for the allow-listed embedding origins only. */
export function corsForEmbeds(env: Config) {
  const allowed = new Set(env.CORS_ORIGINS)
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    allowedHeaders: ['content-type', 'if-match', 'if-none-match', 'idempotency-key', 'x-request-id'],
    exposedHeaders: [
      'x-request-id',
      'etag',
      'retry-after',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'idempotent-replayed',
    ],
    maxAge: 600,
  })
}
