import type { JobsConfig } from 'payload'
import { isAdminUser } from '../access'
import { cleanupExpiredTask } from './cleanup-expired'
import { buildSiteTask } from './build-site'
import { sendOtpEmailTask } from './send-otp-email'
import { sendStewardInviteTask } from './send-steward-invite'
import { sendEmailChangedTask } from './send-email-changed'
import { config } from '@communityrule/core/config'

/**
 * Payload Jobs Queue: email delivery, incremental site builds and cleanup all run as jobs stored in
 * Postgres, so any instance may pick them up and a crash loses nothing.
 */
export const jobsConfig: JobsConfig = {
  tasks: [cleanupExpiredTask, sendOtpEmailTask, sendStewardInviteTask, sendEmailChangedTask, buildSiteTask],
  // Over HTTP (/cms-api/payload-jobs/run, /handle-schedules) only admins run, queue or cancel jobs;
  // our own servers call the Local API, which skips these checks.
  access: {
    run: ({ req }) => isAdminUser(req),
    queue: ({ req }) => isAdminUser(req),
    cancel: ({ req }) => isAdminUser(req),
  },
  deleteJobOnComplete: true,
  autoRun: [
    { cron: '*/10 * * * * *', queue: 'default', limit: 20 },
    // Safety net for email jobs; requests also kick the runner right after queueing.
    { cron: '*/5 * * * * *', queue: 'email', limit: 20 },
    // Safety net for site builds (hooks also kick the runner at once). Not in the Next admin
    // process: site builds write the BFF's output directory.
    ...(config().NEXT_RUNTIME ? [] : [{ cron: '*/5 * * * * *', queue: 'site', limit: 10 }]),
  ],
  shouldAutoRun: () => config().CR_JOBS_AUTORUN,
}
