import type { AppContext } from '../context'

type Check = { status: 'ok' | 'down'; latencyMs: number; error?: string }

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
  const checks: Record<string, Check> = {
    database: await timed(() => (payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool.query('select 1')),
  }
  if (redis) checks.redis = await timed(() => redis.ping())
  return { ready: Object.values(checks).every((check) => check.status === 'ok'), checks }
}
