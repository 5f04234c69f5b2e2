/**
 * One cached Payload instance per process (BFF, scripts, site build). Payload's `getPayload` already
 * memoises on a global; this wrapper fixes the config import in one place and makes the pool
 * survive a database restart.
 */
import { getPayload, type Payload } from 'payload'
import { provideSitePublisher } from '../jobs/build-site'
import { config } from '@communityrule/core/config'
import { dbPool } from '@communityrule/core/data/pool'

// The `buildSite` job's work, for every process that boots Payload here (never the Next admin, which
// imports the config alone: see cms/jobs/build-site.ts). Loaded by the first build, not at boot:
// Eleventy and the renderer add ~55 MB and 0.3 s that an idle BFF or a one-off script need not pay.
provideSitePublisher(async (payload) => (await import('../../site/publish')).publishPending(payload))

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

const guarded = new WeakSet<object>()

/**
 * node-postgres emits 'error' on the pool when an idle connection is cut (Postgres restarted, network
 * blip). Without a listener that is an uncaught exception that kills the process; with one, the pool
 * drops the dead client and the next query reconnects.
 */
function guardPool(payload: Payload): void {
  const pool = dbPool(payload)
  if (!pool || guarded.has(pool)) return
  guarded.add(pool)
  const warn = (err: Error) => payload.logger.warn({ err: err.message }, 'database connection lost; will reconnect')
  pool.on('error', warn)
  // A client that is checked out when the connection dies emits 'error' on itself, not the pool:
  // listen on every client once, or the process dies mid-request.
  const seen = new WeakSet<object>()
  pool.on('acquire', (client) => {
    if (seen.has(client)) return
    seen.add(client)
    client.on('error', warn)
  })
}
