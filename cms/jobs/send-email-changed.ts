import type { TaskConfig } from 'payload'
import { config } from '@communityrule/core/config'

/**
 * Tells a member's previous address that their sign-in address changed, so that someone who took over
 * a session and moved the account cannot do it silently. A job, like every email: retried when the
 * mail server is down.
 */
export const sendEmailChangedTask: TaskConfig<'sendEmailChanged'> = {
  slug: 'sendEmailChanged',
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'newAddress', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const subject = 'Your CommunityRule email address was changed'
    const text = [
      `Your CommunityRule account now signs in with ${input.newAddress} instead of this address.`,
      '',
      "If that was you, there is nothing to do. If it wasn't, contact the people who run this site straight",
      'away: they can put your address back.',
    ].join('\n')
    if (!config().SMTP_URL) req.payload.logger.info(`email change notice for ${input.to} (SMTP_URL unset)`)
    await req.payload.sendEmail({ to: input.to, subject, text })
    return { output: {} }
  },
}
