import type { AppContext } from '../context'
import { dbPool } from '../lib/payload-access'

type Check = { status: 'ok' | 'down'; latencyMs: number; error?: string; pool?: { total: number; idle: number; waiting: number } }

const TIMEOUT_MS = 2000

async function timed(probe: () => Promise<unknown>): Promise<Check> {
  const t0 = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
      }),
    ])
    return { status: 'ok', latencyMs: Math.round(performance.now() - t0) }
  } catch (err) {
    return { status: 'down', latencyMs: Math.round(performance.now() - t0), error: (err as Error).message }
  } finally {
    clearTimeout(timer)
  }
}

/** Ready when Postgres (and Redis, if configured) answer within 2 s each. */
export async function checkReadiness({ payload, redis }: AppContext) {
  const pool = dbPool(payload)
  const checks: Record<string, Check> = {
    // Pool figures tell "database down" apart from "all connections busy" at a glance.
    database: { ...(await timed(() => pool.query('select 1'))), pool: { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } },
  }
  if (redis) checks.redis = await timed(() => redis.ping())
  return { ready: Object.values(checks).every((check) => check.status === 'ok'), checks }
}
