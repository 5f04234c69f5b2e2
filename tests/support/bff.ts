/**
 * Starts the real BFF (Express app + Payload + Postgres) for one test file, with mail delivered over
 * SMTP to an in-process sink.
 */
import { bootPayload } from './payload'
import { startSmtpSink } from './smtp-sink'

export async function startTestBff(label: string, env: Record<string, string> = {}) {
  const smtp = await startSmtpSink()
  const { payload, databaseUrl } = await bootPayload(label, {
    SMTP_URL: smtp.url,
    SMTP_FROM: 'CommunityRule <no-reply@test.local>',
    ...env,
  })
  const { startServer } = await import('../../functions/server')
  const running = await startServer({ PORT: '0', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', ...env })
  const origin = `http://127.0.0.1:${running.port}`
  return {
    ...running,
    payload,
    databaseUrl,
    smtp,
    origin,
    async stop() {
      await running.close()
      await payload.destroy().catch(() => {})
      await smtp.stop().catch(() => {})
    },
  }
}

/** Extracts `name=value` of the session cookie from a Set-Cookie header list. */
export function sessionCookie(setCookie: string[] | string | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []
  const line = list.find((value) => value.startsWith('cr_session='))
  if (!line) throw new Error('no cr_session cookie was set')
  return line.split(';')[0]!
}

let ipCounter = 0
/** A fresh client IP per call, so per-IP limits of one scenario do not leak into another. */
export const nextIp = () => `198.51.100.${(++ipCounter % 250) + 1}`

/** The real OTP journey: request a code, read it from the SMTP sink, verify, return the cookie. */
export async function signIn(bff: Awaited<ReturnType<typeof startTestBff>>, email: string, userAgent = 'vitest') {
  const { default: request } = await import('supertest')
  const since = bff.smtp.messages.length
  const requested = await request(bff.app)
    .post('/api/auth/otp/request')
    .set('x-forwarded-for', nextIp())
    .send({ email })
  if (requested.status !== 202)
    throw new Error(`otp request failed: ${requested.status} ${JSON.stringify(requested.body)}`)
  const mail = await bff.smtp.waitForMail(email, { since })
  const verified = await request(bff.app)
    .post('/api/auth/otp/verify')
    .set('x-forwarded-for', nextIp())
    .set('user-agent', userAgent)
    .send({ email, code: mail.code })
  if (verified.status !== 200) throw new Error(`otp verify failed: ${verified.status} ${JSON.stringify(verified.body)}`)
  return {
    cookie: sessionCookie(verified.headers['set-cookie']),
    user: verified.body.user as { id: string; email: string },
  }
}
