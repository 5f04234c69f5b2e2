import type { AppContext } from '../context'
import type { Logger } from '../lib/logger'
import { pingDatabase, poolUsage } from '@communityrule/core/data/health'

/**
 * A failed check reports only a fixed code (`timeout` or `error`): /api/ready is public, and raw
 * driver errors name hosts, ports, users and versions. The raw error goes to the server log.
 */
type Check = {
  status: 'ok' | 'down'
  latencyMs: number
  code?: 'timeout' | 'error'
  pool?: { total: number; idle: number; waiting: number }
}

class ProbeTimeout extends Error {}

const TIMEOUT_MS = 2000

async function timed(name: string, probe: () => Promise<unknown>, logger: Logger): Promise<Check> {
  const t0 = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new ProbeTimeout(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
      }),
    ])
    return { status: 'ok', latencyMs: Math.round(performance.now() - t0) }
  } catch (err) {
    const latencyMs = Math.round(performance.now() - t0)
    logger.warn({ check: name, err: (err as Error)?.message, latencyMs }, 'readiness check failed')
    return { status: 'down', latencyMs, code: err instanceof ProbeTimeout ? 'timeout' : 'error' }
  } finally {
    clearTimeout(timer)
  }
}

/** Ready when Postgres (and Redis, if configured) answer within 2 s each. */
export async function checkReadiness({ payload, redis, logger: appLogger }: AppContext, logger: Logger = appLogger) {
  const checks: Record<string, Check> = {
    // Pool figures tell "database down" apart from "all connections busy" at a glance.
    database: { ...(await timed('database', () => pingDatabase(payload), logger)), pool: poolUsage(payload) },
  }
  if (redis) checks.redis = await timed('redis', () => redis.ping(), logger)
  return { ready: Object.values(checks).every((check) => check.status === 'ok'), checks }
}
