import type { TaskConfig } from 'payload'
import { openSecret } from '@communityrule/core/data/session-token'
import { config } from '@communityrule/core/config'

/**
 * Delivers a steward invitation (a one-time link to the account page) through Payload's email
 * adapter. A job, like sign-in codes: the request never waits on SMTP and a mail outage is retried.
 * The link's token travels sealed in the job row (openSecret), never in plain text.
 */
export const sendStewardInviteTask: TaskConfig<'sendStewardInvite'> = {
  slug: 'sendStewardInvite',
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'sealedLink', type: 'text', required: true },
    { name: 'ruleTitle', type: 'text', required: true },
    { name: 'inviter', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const link = openSecret(input.sealedLink)
    const subject = `You are invited to steward “${input.ruleTitle}” on CommunityRule`
    const text = [
      `${input.inviter} invites you to steward the rule “${input.ruleTitle}” with them on CommunityRule.`,
      'Stewards can amend the rule, invite other stewards and withdraw it.',
      '',
      `Accept within 7 days by signing in with this email address: ${link}`,
      '',
      "If you don't want to, ignore this email: nothing changes without you.",
    ].join('\n')
    if (!config().SMTP_URL) req.payload.logger.info(`steward invitation for ${input.to}: ${link} (SMTP_URL unset)`)
    await req.payload.sendEmail({ to: input.to, subject, text })
    return { output: {} }
  },
}
