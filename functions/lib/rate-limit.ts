/**
 * Rate limits with rate-limiter-flexible on a store every instance shares: PostgreSQL by default
 * (table `rate_limits`, created by a migration), Redis when REDIS_URL is set. Every limited response
 * carries X-RateLimit-Limit/Remaining/Reset; a 429 adds Retry-After and `retryAfterMs`.
 */
import type { Request, RequestHandler, Response } from 'express'
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { AppContext } from '../context'
import { HttpError } from './http-error'
import { dbPool } from './payload-access'

type LimitSpec = { points: number; duration: number }

/** Limits per purpose; tuned for people, not scripts. Durations in seconds. */
export const LIMITS = {
  otpRequestPerEmail: { points: 3, duration: 15 * 60 },
  otpRequestPerIp: { points: 30, duration: 15 * 60 },
  otpVerifyPerIp: { points: 30, duration: 15 * 60 },
  publishPerMember: { points: 30, duration: 60 * 60 },
  vitalsPerIp: { points: 120, duration: 60 },
} satisfies Record<string, LimitSpec>

export type Limiters = Record<keyof typeof LIMITS, RateLimiterAbstract & { points: number }>

export function createLimiters({ payload, redis }: AppContext): Limiters {
  const make = (keyPrefix: string, spec: LimitSpec) =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, useRedisPackage: false, keyPrefix: `cr:${keyPrefix}`, ...spec })
      : new RateLimiterPostgres({
          storeClient: dbPool(payload),
          storeType: 'pool',
          tableName: 'rate_limits',
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix,
          ...spec,
        })
  return Object.fromEntries(Object.entries(LIMITS).map(([name, spec]) => [name, make(name, spec)])) as unknown as Limiters
}

function setHeaders(res: Response, limit: number, result: RateLimiterRes): void {
  res.setHeader('X-RateLimit-Limit', String(limit))
  res.setHeader('X-RateLimit-Remaining', String(Math.max(0, result.remainingPoints)))
  res.setHeader('X-RateLimit-Reset', String(Math.ceil((Date.now() + result.msBeforeNext) / 1000)))
}

type Limiter = Limiters[keyof Limiters]

/**
 * Consumes one point for `id` and sets the X-RateLimit headers (several limits may apply to one
 * route, e.g. per email and per IP: the headers describe the tightest). Throws a 429 HttpError when
 * the limit is reached. If the counter store itself is down, nobody is locked out.
 */
export async function consumePoint(limiter: Limiter, id: string, req: Request, res: Response): Promise<void> {
  try {
    const result = await limiter.consume(id)
    const current = Number(res.getHeader('X-RateLimit-Remaining') ?? Infinity)
    if (result.remainingPoints <= current) setHeaders(res, limiter.points, result)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) {
      req.log?.warn({ err: (rejection as Error)?.message }, 'rate limiter store unavailable')
      return
    }
    setHeaders(res, limiter.points, rejection)
    const retryAfterMs = rejection.msBeforeNext
    throw new HttpError(429, 'rate_limited', 'Too many attempts. Please wait a moment and try again.', undefined, { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) }, { retryAfterMs })
  }
}

/** Middleware form of consumePoint; `key` returning undefined skips the limit. */
export function rateLimit(limiter: Limiter, key: (req: Request, res: Response) => string | undefined): RequestHandler {
  return async (req, res, next) => {
    const id = key(req, res)
    if (id) await consumePoint(limiter, id, req, res)
    next()
  }
}
