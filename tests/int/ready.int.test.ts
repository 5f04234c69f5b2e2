import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import type { Express } from 'express'
import { createTestDatabase } from '../support/postgres'
import { startTcpProxy } from '../support/tcp-proxy'

let proxy: Awaited<ReturnType<typeof startTcpProxy>>
let app: Express
let close: () => Promise<void>

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
