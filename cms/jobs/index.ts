import type { JobsConfig } from 'payload'
import { cleanupExpiredTask } from './cleanup-expired'

/**
 * Payload Jobs Queue: email delivery, incremental site builds and cleanup all run as jobs stored in
 * Postgres, so any instance may pick them up and a crash loses nothing.
 */
export const jobsConfig: JobsConfig = {
  tasks: [cleanupExpiredTask],
  deleteJobOnComplete: true,
  autoRun: [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () => process.env.CR_JOBS_AUTORUN !== 'false',
}
