/**
 * One cached Payload instance per process (BFF, scripts, site build). Payload's `getPayload` already
 * memoises on a global; this wrapper fixes the config import in one place and makes the pool
 * survive a database restart.
 */
import { getPayload, type Payload } from 'payload'
import { config } from '@communityrule/core/config'
import { guardPool } from '@communityrule/core/data/pool'

/**
 * `cron: true` starts Payload's job autoRun (email retries, site-build safety net, hourly cleanup).
 * Only long-running servers ask for it; scripts and tests run jobs explicitly. The first call in a
 * process decides, because the instance is cached.
 */
export async function payloadInstance({ cron = false }: { cron?: boolean } = {}): Promise<Payload> {
  const { default: payloadConfig } = await import('../payload.config')
  const payload = await getPayload({ config: payloadConfig, cron: cron && config().CR_JOBS_AUTORUN })
  guardPool(payload)
  return payload
}
