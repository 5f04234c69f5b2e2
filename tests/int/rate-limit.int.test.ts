import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestBff } from '../support/bff'
import { startChildBff } from '../support/child-bff'

let a: Awaited<ReturnType<typeof startTestBff>>
let b: Awaited<ReturnType<typeof startChildBff>>

beforeAll(async () => {
  a = await startTestBff('ratelimit')
  b = await startChildBff({ DATABASE_URL: a.databaseUrl, SMTP_URL: a.smtp.url })
}, 120_000)
afterAll(async () => {
  await b?.stop()
  await a?.stop()
})

const requestCode = (origin: string, email: string, ip: string) =>
  fetch(`${origin}/api/auth/otp/request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email }),
  })

describe('rate limits shared by two BFF processes', () => {
  it('counts OTP requests per email across instances, with headers on every response and a 429 with Retry-After', async () => {
    const email = 'limited@example.org'
    const first = await requestCode(a.origin, email, '192.0.2.1')
    expect(first.status).toBe(202)
    expect(first.headers.get('x-ratelimit-limit')).toBe('3')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('2')
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)

    expect((await requestCode(b.origin, email, '192.0.2.2')).headers.get('x-ratelimit-remaining')).toBe('1')
    expect((await requestCode(a.origin, email, '192.0.2.3')).headers.get('x-ratelimit-remaining')).toBe('0')

    const limited = await requestCode(b.origin, email, '192.0.2.4')
    expect(limited.status).toBe(429)
    const body = await limited.json()
    expect(body.error.code).toBe('rate_limited')
    expect(body.retryAfterMs).toBeGreaterThan(14 * 60 * 1000)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(14 * 60)
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')

    // Another address is not affected.
    expect((await requestCode(b.origin, 'someone-else@example.org', '192.0.2.5')).status).toBe(202)
  })

  it('counts wrong verifications per IP across instances', async () => {
    const ip = '192.0.2.99'
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) {
      const origin = i % 2 ? a.origin : b.origin
      const response = await fetch(`${origin}/api/auth/otp/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ email: `guess${i}@example.org`, code: '123456' }),
      })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
  })
})

describe('per-IP limits count an IPv6 client by its /64', () => {
  const verifyFrom = (ip: string, i: number) =>
    fetch(`${a.origin}/api/auth/otp/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email: `v6-${i}@example.org`, code: '123456' }),
    })

  it('does not let one client rotate through the addresses of its /64', async () => {
    const statuses: number[] = []
    // 31 different addresses, all in 2001:db8:42:7::/64.
    for (let i = 1; i <= 31; i++) statuses.push((await verifyFrom(`2001:db8:42:7:${i.toString(16)}::${i}`, i)).status)
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    expect(statuses[30]).toBe(429)
    // The neighbouring /64 is someone else.
    expect((await verifyFrom('2001:db8:42:8::1', 99)).status).toBe(400)
  })

  it('counts an IPv4-mapped IPv6 address as the IPv4 address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 31; i++)
      statuses.push((await verifyFrom(i % 2 ? '192.0.2.77' : '::ffff:192.0.2.77', 100 + i)).status)
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    expect(statuses[30]).toBe(429)
  })
})

describe('per-address limits', () => {
  it('also hold for the longest addresses (the counter key would not fit rate_limits.key)', async () => {
    const email = `${'a'.repeat(60)}@${['b', 'c', 'd'].map((label) => label.repeat(60)).join('.')}.org`
    expect(email.length).toBeGreaterThan(240)
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await requestCode(a.origin, email, `192.0.2.${200 + i}`)).status)
    expect(statuses).toEqual([202, 202, 202, 429])
  })
})

describe('rate limits on Redis (REDIS_URL)', () => {
  it('keeps the counters in Redis and reports Redis in /api/ready', async () => {
    const { Redis } = await import('ioredis')
    const { createApp } = await import('../../functions/app')
    const redis = new Redis(process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 })
    const prefix = `t${Date.now()}`
    const email = `${prefix}@example.org`
    try {
      const app = createApp({ ...a.context, redis })
      const server = app.listen(0)
      const origin = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`
      try {
        const ready = await (await fetch(`${origin}/api/ready`)).json()
        expect(ready.checks.redis.status).toBe('ok')
        const statuses = []
        for (let i = 0; i < 4; i++) statuses.push((await requestCode(origin, email, `192.0.2.${150 + i}`)).status)
        expect(statuses).toEqual([202, 202, 202, 429])
        expect(await redis.exists(`cr:otpRequestPerEmail:${email}`)).toBe(1)
      } finally {
        server.close()
      }
    } finally {
      await redis.del(`cr:otpRequestPerEmail:${email}`)
      redis.disconnect()
    }
  })
})
