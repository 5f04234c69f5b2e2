/**
 * Failure drill: the connection to PostgreSQL is cut for ~2.5 s while members keep publishing rules
 * and saving drafts (a TCP proxy between the BFF and the shared server is cut; the server itself is
 * not touched). The BFF runs as its own process, as in production, so a crash would show. During the
 * outage /api/ready says 503; afterwards the same process recovers on its own, every write that was
 * answered 2xx is in the database, and a client retrying a failed publish with the same
 * Idempotency-Key gets exactly one rule.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { sessionCookie } from '../support/bff'
import { startChildBff } from '../support/child-bff'
import { bootPayload } from '../support/payload'
import { createTestDatabase, query } from '../support/postgres'
import { startSmtpSink } from '../support/smtp-sink'
import { startTcpProxy } from '../support/tcp-proxy'

let proxy: Awaited<ReturnType<typeof startTcpProxy>>
let smtp: Awaited<ReturnType<typeof startSmtpSink>>
let bff: Awaited<ReturnType<typeof startChildBff>>
let payload: Payload
let directUrl: string

const WORKERS = 6
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  directUrl = await createTestDatabase('drillpg')
  ;({ payload } = await bootPayload('drillpg', { DATABASE_URL: directUrl })) // applies the migrations
  smtp = await startSmtpSink()
  const direct = new URL(directUrl)
  proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432))
  const viaProxy = new URL(directUrl)
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  bff = await startChildBff({
    DATABASE_URL: viaProxy.toString(),
    SMTP_URL: smtp.url,
    SITE_DIR: mkdtempSync(path.join(tmpdir(), 'cr-drill-pg-')),
    CR_SITE_BUILD_KICK: 'false',
    LOG_LEVEL: process.env.DRILL_LOG_LEVEL ?? 'fatal',
  })
})
afterAll(async () => {
  // A crashed child never emits 'exit' again, so do not wait forever for it.
  await Promise.race([bff?.stop(), sleep(10_000)])
  await payload?.destroy()
  await proxy?.close()
  await smtp?.stop()
})

let ip = 0
async function signIn(email: string) {
  const post = (url: string, body: object) =>
    fetch(`${bff.origin}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${++ip}` },
      body: JSON.stringify(body),
    })
  const requested = await post('/api/auth/otp/request', { email })
  expect(requested.status, `OTP request: ${await requested.clone().text()}`).toBe(202)
  const mail = await smtp.waitForMail(email)
  const verified = await post('/api/auth/otp/verify', { email, code: mail.code })
  expect(verified.status, `OTP verify: ${await verified.clone().text()}`).toBe(200)
  return { cookie: sessionCookie(verified.headers.getSetCookie()) }
}

const startTime = async () =>
  /^process_start_time_seconds (\d+)/m.exec(await (await fetch(`${bff.origin}/metrics`)).text())?.[1]

const document = (title: string) => ({
  title,
  sections: [{ id: 'decisions', kind: 'decisions', title: 'How we decide', body: 'By consent.' }],
})

type Outcome = { status: number; key: string; title: string; id?: string; code?: string; at: number }

async function publish(cookie: string, key: string, title: string): Promise<Outcome> {
  const at = Date.now()
  try {
    const response = await fetch(`${bff.origin}/api/rules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'idempotency-key': key },
      body: JSON.stringify({ title, document: document(title) }),
      signal: AbortSignal.timeout(15_000),
    })
    const body = await response.json().catch(() => ({}))
    return { status: response.status, key, title, id: body.rule?.id, code: body.error?.code, at }
  } catch (err) {
    return { status: 0, key, title, code: (err as Error).name, at }
  }
}

let members: Array<{ cookie: string }> = []
let failed: Outcome[] = []

describe('drill: PostgreSQL connection cut under load', () => {
  it('reports 503 on /api/ready while cut, recovers without a restart, and loses no acknowledged write', async () => {
    // Setup, one member after the other: the load under test starts below.
    members = []
    for (let i = 0; i < WORKERS; i++) members.push(await signIn(`load${i}@example.org`))
    const startedAt = await startTime()
    const outcomes: Outcome[] = []
    const drafts: Array<{ status: number; version?: number; title: string }> = []
    const readiness: Array<{ status: number; at: number; body?: string }> = []
    let running = true

    // Steady load: one publisher per member (≤ 25 attempts each, under the 30/h publish limit,
    // 250 ms apart) and one draft autosaver (100 ms apart), until 1.5 s after recovery.
    const publishers = members.map(async ({ cookie }, w) => {
      for (let n = 0; running && n < 25; n++) {
        outcomes.push(await publish(cookie, `drill-${w}-${n}-${Date.now()}`, `Load ${w}.${n}`))
        await sleep(250)
      }
    })
    const draftState = (title: string) => ({
      step: 'sections',
      document: { title },
      updatedAt: new Date().toISOString(),
    })
    const created = await fetch(`${bff.origin}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: members[0]!.cookie },
      body: JSON.stringify({ state: draftState('Draft') }),
    })
    expect(created.status).toBe(201)
    const draftId = ((await created.json()) as { draft: { id: string } }).draft.id
    const autosaver = (async () => {
      let version: number = 1
      for (let n = 0; running; n++) {
        const title = `Draft ${n}`
        try {
          const response: Response = await fetch(`${bff.origin}/api/drafts/${draftId}`, {
            method: 'PUT',
            headers: {
              'content-type': 'application/json',
              cookie: members[0]!.cookie,
              'if-match': String(version),
            },
            body: JSON.stringify({ state: draftState(title) }),
            signal: AbortSignal.timeout(15_000),
          })
          const body: { draft?: { version: number }; details?: Array<{ draft?: { version: number } }> } = await response
            .json()
            .catch(() => ({}))
          if (response.ok && body.draft) version = body.draft.version
          else if (response.status === 412) version = body.details?.[0]?.draft?.version ?? version
          drafts.push({ status: response.status, version: body.draft?.version, title })
        } catch {
          drafts.push({ status: 0, title })
        }
        await sleep(100)
      }
    })()
    const prober = (async () => {
      while (running) {
        const response = await fetch(`${bff.origin}/api/ready`).catch(() => undefined)
        readiness.push({ status: response?.status ?? 0, at: Date.now(), body: await response?.text().catch(() => '') })
        await sleep(200)
      }
    })()

    await sleep(1500)
    const cutAt = Date.now()
    await proxy.cut()
    await sleep(2500)
    const restoredAt = Date.now()
    await proxy.restore()
    for (const stop = Date.now() + 15_000; readiness.at(-1)?.status !== 200 && Date.now() < stop;) await sleep(100)
    const recoveredAt = Date.now()
    await sleep(1500)
    running = false
    await Promise.all([...publishers, autosaver, prober])
    console.log(`drill: ready again ${recoveredAt - restoredAt} ms after the connection was restored`)

    // Readiness: ready before, 503 during the cut, ready again after — same process throughout.
    expect(readiness.filter((r) => r.at < cutAt).every((r) => r.status === 200)).toBe(true)
    expect(readiness.some((r) => r.at > cutAt + 300 && r.at < restoredAt && r.status === 503)).toBe(true)
    // The process never stopped answering. (It dies here if a pooled pg client that is checked out
    // — in a transaction, or holding the site-build lock — has no 'error' listener when the
    // connection drops: Node's unhandled 'error' event.)
    expect(
      readiness.filter((r) => r.status === 0),
      'the BFF process stopped answering: did it crash?',
    ).toEqual([])
    expect(readiness.at(-1)!.status, `last /api/ready answer: ${readiness.at(-1)!.body}`).toBe(200)
    expect(await startTime()).toBe(startedAt) // …and was not restarted

    // The outage was felt (some writes failed) and answered 503 `unavailable`, not hangs.
    failed = outcomes.filter((o) => o.status !== 201)
    const byStatus = failed.reduce<Record<string, number>>(
      (counts, o) => ({ ...counts, [`${o.status} ${o.code}`]: (counts[`${o.status} ${o.code}`] ?? 0) + 1 }),
      {},
    )
    console.log(
      `drill: ${outcomes.length} publishes, ${failed.length} failed during the outage: ${JSON.stringify(byStatus)}`,
    )
    const acknowledged = outcomes.filter((o) => o.status === 201)
    expect(failed.length).toBeGreaterThan(0)
    expect(acknowledged.length).toBeGreaterThan(WORKERS * 5)
    expect(failed.filter((o) => o.status !== 503 && o.code !== 'idempotency_retry')).toEqual([])

    // Every acknowledged publish is in the database (read directly, not through the proxy).
    const { rows } = await query<{ id: string; title: string }>(directUrl, 'select id, title from rules')
    const stored = new Map(rows.map((row) => [row.id, row.title]))
    for (const o of acknowledged) expect(stored.get(o.id!), `rule ${o.title}`).toBe(o.title)

    // The last acknowledged draft save is what the database holds.
    const lastDraft = drafts.filter((d) => d.status === 200).at(-1)!
    const draftRow = await query<{ version: number; title: string }>(
      directUrl,
      "select version::int, state->'document'->>'title' as title from drafts where id = $1",
      [draftId],
    )
    expect(draftRow.rows[0]).toEqual({ version: lastDraft.version, title: lastDraft.title })
  })

  it('lets a client retry a publish that failed during the outage with the same Idempotency-Key: exactly one rule', async () => {
    expect(failed.length).toBeGreaterThan(0)
    const retries = await Promise.all(
      failed.map(async (o) => {
        const cookie = members[Number(o.key.split('-')[1])]!.cookie
        let retry = await publish(cookie, o.key, o.title)
        for (let attempt = 0; attempt < 2 && retry.status === 409 && retry.code === 'idempotency_retry'; attempt++) {
          await sleep(1000)
          retry = await publish(cookie, o.key, o.title)
        }
        return `${o.key}: ${retry.status} ${retry.code ?? ''}`.trim()
      }),
    )
    expect(retries).toEqual(failed.map((o) => `${o.key}: 201`))
    const perTitle = await query<{ title: string; n: number }>(
      directUrl,
      'select title, count(*)::int as n from rules group by title having count(*) > 1',
    )
    expect(perTitle.rows).toEqual([])
  })
})
