/**
 * Failure drill: the mail server is down when a member asks for a sign-in code. The request must
 * still answer 202 (it only queues a job), the `sendOtpEmail` job must fail and retry with backoff
 * (counted in otp_emails_failed_total), and the code must arrive once the server is back — no
 * restart of the BFF, no second request from the member.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nextIp, sessionCookie, startTestBff } from '../support/bff'

let bff: Awaited<ReturnType<typeof startTestBff>>

beforeAll(async () => {
  bff = await startTestBff('drillsmtp', {
    SITE_DIR: mkdtempSync(path.join(tmpdir(), 'cr-drill-smtp-')),
    CR_SITE_BUILD_KICK: 'false',
  })
})
afterAll(async () => {
  await bff?.stop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function emailJobs() {
  const { docs } = await bff.payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: 'email' } },
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  return docs as Array<{
    id: string
    totalTried?: number
    hasError?: boolean
    waitUntil?: string
    completedAt?: string
  }>
}

const metric = async (name: string) => {
  const text = (await request(bff.app).get('/metrics')).text
  return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0)
}

describe('drill: SMTP down', () => {
  it('answers 202, retries the email job with backoff while the sink is down, and delivers when it is back', async () => {
    const email = 'smtp-outage@example.org'
    await bff.smtp.stop()
    const failedBefore = await metric('otp_emails_failed_total')

    const requested = await request(bff.app)
      .post('/api/auth/otp/request')
      .set('x-forwarded-for', nextIp())
      .send({ email })
    expect(requested.status).toBe(202)
    expect(requested.body).toMatchObject({ ok: true })

    // The request kicked the runner; run the queue like the autoRun cron would, until two attempts failed.
    const deadline = Date.now() + 30_000
    let jobs = await emailJobs()
    while (!(jobs[0]?.totalTried && jobs[0].totalTried >= 2)) {
      if (Date.now() > deadline) throw new Error(`email job did not retry: ${JSON.stringify(jobs)}`)
      await bff.payload.jobs.run({ queue: 'email', limit: 10 })
      await sleep(250)
      jobs = await emailJobs()
    }
    expect(jobs).toHaveLength(1)
    expect(jobs[0]!.hasError).not.toBe(true) // not given up: attempts are left
    expect(Date.parse(jobs[0]!.waitUntil!)).toBeGreaterThan(Date.now() - 1000) // backoff scheduled
    expect(bff.smtp.messages.filter((mail) => mail.to.includes(email))).toHaveLength(0)
    expect(await metric('otp_emails_failed_total')).toBeGreaterThanOrEqual(failedBefore + 2)

    // The mail server comes back on the same port; the next runs deliver.
    await bff.smtp.restart()
    const delivered = (async () => {
      for (const stop = Date.now() + 30_000; Date.now() < stop; await sleep(250)) {
        if (bff.smtp.messages.some((mail) => mail.to.includes(email))) return
        await bff.payload.jobs.run({ queue: 'email', limit: 10 })
      }
    })()
    const mail = await bff.smtp.waitForMail(email, { timeoutMs: 30_000 })
    await delivered
    expect(mail.code).toMatch(/^\d{6}$/)
    expect(bff.smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1) // delivered once
    expect(await emailJobs()).toHaveLength(0) // completed jobs are deleted
    expect(await metric('otp_emails_sent_total')).toBeGreaterThanOrEqual(1)

    // And the delayed code still signs the member in.
    const verified = await request(bff.app)
      .post('/api/auth/otp/verify')
      .set('x-forwarded-for', nextIp())
      .send({ email, code: mail.code })
    expect(verified.status).toBe(200)
    expect(sessionCookie(verified.headers['set-cookie'])).toMatch(/^cr_session=/)
  })
})
