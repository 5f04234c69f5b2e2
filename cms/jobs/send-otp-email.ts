import type { TaskConfig } from 'payload'
import { crEvents } from '../lib/events'
import { openSecret } from '@communityrule/core/data/session-token'
import { config } from '@communityrule/core/config'

/**
 * Delivers a sign-in code, or a code confirming a member's new address (`purpose: 'change-email'`), through Payload's email adapter (nodemailer/SMTP, or the console adapter
 * when SMTP_URL is unset). Runs as a job so the HTTP request never waits on SMTP, and retries with
 * exponential backoff when the mail server is down.
 */
export const sendOtpEmailTask: TaskConfig<'sendOtpEmail'> = {
  slug: 'sendOtpEmail',
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'sealedCode', type: 'text', required: true },
    { name: 'expiresInMinutes', type: 'number', required: true },
    { name: 'purpose', type: 'select', options: ['sign-in', 'change-email'], defaultValue: 'sign-in' },
  ],
  handler: async ({ input, req }) => {
    const code = openSecret(input.sealedCode)
    const changing = input.purpose === 'change-email'
    const subject = changing
      ? `${code} confirms your new CommunityRule email address`
      : `${code} is your CommunityRule sign-in code`
    const text = [
      changing
        ? `To make this your CommunityRule sign-in address, enter this code on your account page: ${code}`
        : `Your CommunityRule sign-in code is ${code}`,
      '',
      `It works once and expires in ${input.expiresInMinutes} minutes.`,
      changing
        ? "If you didn't ask for it, ignore this email: nothing changes without the code."
        : "If you didn't ask for it, you can ignore this email: nobody can sign in without the code.",
    ].join('\n')
    if (!config().SMTP_URL) {
      // Local development without a mail server: the code goes to the server log instead.
      req.payload.logger.info(`sign-in code for ${input.to}: ${code} (SMTP_URL unset, email not sent)`)
    }
    try {
      await req.payload.sendEmail({ to: input.to, subject, text })
    } catch (err) {
      crEvents.emit('otp-email-failed', (err as Error).message)
      throw err
    }
    crEvents.emit('otp-email-sent')
    return { output: {} }
  },
}
