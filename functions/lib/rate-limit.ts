/**
 * Rate limits with rate-limiter-flexible on a store every instance shares: PostgreSQL by default
 * (table `rate_limits`, created by a migration), Redis when REDIS_URL is set. Every limited response
 * carries X-RateLimit-Limit/Remaining/Reset; a 429 adds Retry-After and `retryAfterMs`.
 */
import { createHash } from 'node:crypto'
import { isIP } from 'node:net'
import type { Request, RequestHandler, Response } from 'express'
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { AppContext } from '../context'
import { HttpError } from './http-error'
import { rateLimitStore } from '@communityrule/core/data/rate-limits'

type LimitSpec = { points: number; duration: number }

/** Limits per purpose; tuned for people, not scripts. Durations in seconds. */
export const LIMITS = {
  otpRequestPerEmail: { points: 3, duration: 15 * 60 },
  otpRequestPerIp: { points: 30, duration: 15 * 60 },
  otpVerifyPerIp: { points: 30, duration: 15 * 60 },
  // Wrong codes per address across all its codes: bounds guessing however many codes are asked for.
  otpWrongCodePerEmail: { points: 10, duration: 60 * 60 },
  publishPerMember: { points: 30, duration: 60 * 60 },
  // Draft writes (autosave is debounced to a pause in typing, so a person stays far below this).
  draftWritePerMember: { points: 1200, duration: 10 * 60 },
  vitalsPerIp: { points: 120, duration: 60 },
  // Reports of rules (no account): per client per rule, and per client across rules.
  reportPerIpPerRule: { points: 5, duration: 60 * 60 },
  reportPerIp: { points: 20, duration: 60 * 60 },
  // The editors' door (/cms-api): writes per client, and sign-in style operations per client and per
  // email + client — never per email alone, which would let a stranger lock an editor out.
  cmsWritePerIp: { points: 300, duration: 60 },
  cmsSignInPerIp: { points: 30, duration: 15 * 60 },
  cmsSignInPerEmailIp: { points: 10, duration: 15 * 60 },
} satisfies Record<string, LimitSpec>

export type Limiters = Record<keyof typeof LIMITS, RateLimiterAbstract & { points: number }>

export function createLimiters({ payload, redis }: AppContext): Limiters {
  const make = (keyPrefix: string, spec: LimitSpec) =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, useRedisPackage: false, keyPrefix: `cr:${keyPrefix}`, ...spec })
      : new RateLimiterPostgres({
          ...rateLimitStore(payload),
          // Expired counters are deleted by the hourly cleanupExpired job, not by a timer per instance.
          clearExpiredByTimeout: false,
          keyPrefix,
          ...spec,
        })
  return Object.fromEntries(
    Object.entries(LIMITS).map(([name, spec]) => [name, make(name, spec)]),
  ) as unknown as Limiters
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
export async function consumePoint(
  limiter: Limiter,
  id: string,
  req: Request,
  res: Response,
  message?: string,
): Promise<void> {
  try {
    const result = await limiter.consume(storeKey(id))
    const current = Number(res.getHeader('X-RateLimit-Remaining') ?? Infinity)
    if (result.remainingPoints <= current) setHeaders(res, limiter.points, result)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) {
      req.log?.warn({ err: (rejection as Error)?.message }, 'rate limiter store unavailable')
      return
    }
    setHeaders(res, limiter.points, rejection)
    const retryAfterMs = rejection.msBeforeNext
    throw new HttpError(
      429,
      'rate_limited',
      message ?? 'Too many attempts. Please wait a moment and try again.',
      undefined,
      { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) },
      { retryAfterMs },
    )
  }
}

/** Middleware form of consumePoint; `key` returning undefined skips the limit. */
export function rateLimit(
  limiter: Limiter,
  key: (req: Request, res: Response) => string | undefined,
  message?: string,
): RequestHandler {
  return async (req, res, next) => {
    const id = key(req, res)
    if (id) await consumePoint(limiter, id, req, res, message)
    next()
  }
}

/** Gives back a point consumePoint took (e.g. for a guess that turned out right). Best effort. */
export async function refundPoint(limiter: Limiter, id: string): Promise<void> {
  await limiter.reward(storeKey(id), 1).catch(() => {})
}

/**
 * `rate_limits.key` is varchar(255) and holds the prefix too: a longer id (an email may have 254
 * characters) would make the store fail and the limit fail open, so long ids count under a digest.
 */
function storeKey(id: string): string {
  return id.length <= 200 ? id : `sha256:${createHash('sha256').update(id).digest('hex')}`
}

/**
 * The key every per-IP limit counts under: an IPv4 address as it is; an IPv6 client by its /64,
 * because one subscriber usually holds a whole /64 and could otherwise rotate through 2^64 keys;
 * an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) as the IPv4 address. Undefined for no address.
 */
export function clientKey(ip: string | undefined): string | undefined {
  const address = (ip ?? '')
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '')
  if (!address) return undefined
  if (isIP(address) !== 6) return address // IPv4, or not an address at all: counted as given
  const groups = ipv6Groups(address)
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.')
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail folded in). */
function ipv6Groups(address: string): number[] {
  const text = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
    [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((group) => group.toString(16)).join(':'),
  )
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const [head = '', tail] = text.split('::')
  if (tail === undefined) return parse(head)
  const left = parse(head)
  const right = parse(tail)
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}
