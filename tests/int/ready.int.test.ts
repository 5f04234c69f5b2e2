import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import type { Express } from 'express'
import pino from 'pino'
import type { AppContext } from '../../functions/context'
import { createTestDatabase } from '../support/postgres'
import { startTcpProxy } from '../support/tcp-proxy'

let proxy: Awaited<ReturnType<typeof startTcpProxy>>
let app: Express
let close: () => Promise<void>
let context: AppContext

beforeAll(async () => {
  const direct = new URL(await createTestDatabase('ready'))
  proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432))
  const viaProxy = new URL(direct.toString())
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  const { bootPayload } = await import('../support/payload')
  await bootPayload('ready', { DATABASE_URL: viaProxy.toString() })
  const { startServer } = await import('../../functions/server')
  const running = await startServer({ PORT: '0', LOG_LEVEL: 'silent' })
  app = running.app
  close = running.close
  context = running.context
})
afterAll(async () => {
  await close?.()
  await proxy?.close()
})

describe('GET /api/ready', () => {
  it('is 200 while Postgres answers, 503 with per-check status when it does not, and recovers without a restart', async () => {
    const up = await request(app).get('/api/ready')
    expect(up.status).toBe(200)
    expect(up.body.checks.database.status).toBe('ok')

    await proxy.cut()
    const down = await request(app).get('/api/ready')
    expect(down.status).toBe(503)
    expect(down.body.checks.database.status).toBe('down')
    // Only a fixed code: never the driver's error text (hosts, ports, users).
    expect(['error', 'timeout']).toContain(down.body.checks.database.code)
    expect(Object.keys(down.body.checks.database).sort()).toEqual(['code', 'latencyMs', 'pool', 'status'])
    expect(JSON.stringify(down.body)).not.toMatch(/ECONN|terminated|connect|127\.0\.0\.1|5432|postgres/i)
    // Liveness does not depend on the database.
    expect((await request(app).get('/api/health')).status).toBe(200)
    // A data route answers 503 `unavailable` rather than hanging or a bare 500.
    const templates = await request(app).get('/api/templates')
    expect(templates.status).toBe(503)
    expect(templates.body.error.code).toBe('unavailable')
    const write = await request(app).post('/api/auth/otp/request').send({ email: 'during-outage@example.org' })
    expect(write.status).toBe(503)
    expect(write.body.error.code).toBe('unavailable')
    expect(write.headers['retry-after']).toBe('5')

    await proxy.restore()
    let recovered = 0
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt++) {
      recovered = (await request(app).get('/api/ready')).status
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(recovered).toBe(200)
    expect((await request(app).get('/api/templates')).status).toBe(200)
  })
})

/** An app on the same Payload with a logger whose lines the test can read. */
async function appWith(overrides: Partial<AppContext>) {
  const { createApp } = await import('../../functions/app')
  const lines: Array<Record<string, unknown>> = []
  const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) })
  return { app: createApp({ ...context, logger, ...overrides }), lines }
}

describe('GET /api/ready with Redis', () => {
  it('reports a failing Redis as down with a fixed code, and logs the raw error server-side only', async () => {
    const secret = 'WRONGPASS invalid username-password pair (redis://admin:hunter2@10.1.2.3:6379)'
    const redis = { ping: async () => Promise.reject(new Error(secret)) } as unknown as AppContext['redis']
    const { app: withRedis, lines } = await appWith({ redis })
    const response = await request(withRedis).get('/api/ready')
    expect(response.status).toBe(503)
    expect(response.body.checks.database.status).toBe('ok')
    expect(response.body.checks.redis).toEqual({ status: 'down', code: 'error', latencyMs: expect.any(Number) })
    expect(response.text).not.toMatch(/WRONGPASS|hunter2|10\.1\.2\.3/)
    expect(lines.some((line) => line.check === 'redis' && line.err === secret)).toBe(true)
  })
})

describe('GET /metrics with METRICS_TOKEN', () => {
  it('answers only the exact bearer token', async () => {
    const { app: guarded } = await appWith({ env: { ...context.env, METRICS_TOKEN: 'scrape-secret-0123456789' } })
    for (const authorization of [
      undefined,
      'Bearer ',
      'Bearer scrape-secret',
      'Bearer scrape-secret-0123456789x',
      'Bearer scrape-secret-012345678X',
      'scrape-secret-0123456789',
    ]) {
      const refused = request(guarded).get('/metrics')
      expect((await (authorization ? refused.set('authorization', authorization) : refused)).status).toBe(401)
    }
    const scraped = await request(guarded).get('/metrics').set('authorization', 'Bearer scrape-secret-0123456789')
    expect(scraped.status).toBe(200)
    expect(scraped.text).toMatch(/^payload_jobs_failed\{task="sendOtpEmail"\} 0$/m)
  })
})
