import type { Payload } from 'payload'
import type { Redis } from 'ioredis'
import type { Config } from '@communityrule/core/config'
import type { Logger } from './lib/logger'
import type { Metrics } from './lib/metrics'

/** Everything a router needs, built once per process in server.ts (or per test). */
export type AppContext = {
  env: Config
  payload: Payload
  logger: Logger
  metrics: Metrics
  redis?: Redis
  refreshGauges?: () => Promise<void>
}
