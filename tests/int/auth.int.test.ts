import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { nextIp, sessionCookie, signIn as signInWith, startTestBff } from '../support/bff'
import { dbPool as dbPoolOf } from '@communityrule/core/data/pool'

let bff: Awaited<ReturnType<typeof startTestBff>>

beforeAll(async () => {
  bff = await startTestBff('auth')
})
afterAll(async () => {
  await bff?.stop()
})

async function requestCode(email: string, ip = nextIp()) {
  const since = bff.smtp.messages.length
  const response = await request(bff.app).post('/api/auth/otp/request').set('x-forwarded-for', ip).send({ email })
  return { response, since }
}

const signIn = (email: string, userAgent?: string) => signInWith(bff, email, userAgent)

const verify = (email: string, code: string | undefined) =>
  request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code })

/** A six-digit code that is none of `codes`. */
const wrongFor = (...codes: Array<string | undefined>) =>
  ['000000', '111111', '222222'].find((code) => !codes.includes(code))!

/** The per-address wrong-code counter as rate-limiter-flexible stores it (table rate_limits). */
async function wrongCodeCount(email: string): Promise<number> {
  const { rows } = await testPool().query<{ points: number }>(
    'select points from rate_limits where key = $1 and (expire is null or expire > $2)',
    [`otpWrongCodePerEmail:${email}`, Date.now()],
  )
  return rows[0]?.points ?? 0
}
const testPool = () => dbPoolOf(bff.payload)

describe('OTP sign-in', () => {
  it('emails a code over SMTP, verifies it, creates the member and sets an HttpOnly session cookie', async () => {
    const email = 'Journey@Example.org'
    const { response, since } = await requestCode(email)
    expect(response.status).toBe(202)
    expect(response.body).toEqual({ ok: true, expiresInSeconds: 600 })
    const mail = await bff.smtp.waitForMail('journey@example.org', { since })
    expect(mail.code).toMatch(/^\d{6}$/)
    expect(mail.raw).toContain('expires in 10 minutes')

    const verified = await request(bff.app)
      .post('/api/auth/otp/verify')
      .set('x-forwarded-for', nextIp())
      .send({ email, code: mail.code })
    expect(verified.status).toBe(200)
    expect(verified.body.user).toMatchObject({ email: 'journey@example.org' })
    const setCookie = verified.headers['set-cookie'] as unknown as string[]
    expect(setCookie[0]).toMatch(/^cr_session=[A-Za-z0-9_-]{43};/)
    expect(setCookie[0]).toMatch(/HttpOnly/)
    expect(setCookie[0]).toMatch(/SameSite=Lax/)

    const session = await request(bff.app).get('/api/auth/session').set('cookie', sessionCookie(setCookie))
    expect(session.body.user).toMatchObject({ email: 'journey@example.org' })
    const members = await bff.payload.find({
      collection: 'members',
      where: { email: { equals: 'journey@example.org' } },
    })
    expect(members.docs).toHaveLength(1)

    // The code is single use.
    const again = await request(bff.app)
      .post('/api/auth/otp/verify')
      .set('x-forwarded-for', nextIp())
      .send({ email, code: mail.code })
    expect(again.status).toBe(400)
    expect(again.body.error.code).toBe('otp_invalid')
  })

  it('stores only a hash of the code', async () => {
    const { since } = await requestCode('hash@example.org')
    const mail = await bff.smtp.waitForMail('hash@example.org', { since })
    const rows = await bff.payload.find({
      collection: 'otp-challenges',
      where: { email: { equals: 'hash@example.org' } },
    })
    expect(JSON.stringify(rows.docs)).not.toContain(mail.code)
    const jobs = await bff.payload.find({ collection: 'payload-jobs', limit: 100 })
    expect(JSON.stringify(jobs.docs)).not.toContain(mail.code)
  })

  it('answers the same for a known and an unknown email (no enumeration)', async () => {
    await signIn('known@example.org')
    const known = await requestCode('known@example.org')
    const unknown = await requestCode('nobody-yet@example.org')
    expect(unknown.response.status).toBe(known.response.status)
    expect(unknown.response.body).toEqual(known.response.body)
  })

  it('burns the challenge on the 5th wrong code, even for the right code afterwards', async () => {
    const email = 'guesser@example.org'
    const { since } = await requestCode(email)
    const mail = await bff.smtp.waitForMail(email, { since })
    const wrong = mail.code === '000000' ? '111111' : '000000'
    const codes: string[] = []
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await request(bff.app)
        .post('/api/auth/otp/verify')
        .set('x-forwarded-for', nextIp())
        .send({ email, code: wrong })
      codes.push(response.body.error.code)
    }
    expect(codes).toEqual(['otp_invalid', 'otp_invalid', 'otp_invalid', 'otp_invalid', 'otp_locked'])
    const right = await request(bff.app)
      .post('/api/auth/otp/verify')
      .set('x-forwarded-for', nextIp())
      .send({ email, code: mail.code })
    expect(right.status).toBe(400)
    expect(right.body.error.code).toBe('otp_locked')
  })

  it('rejects an expired code with otp_expired', async () => {
    process.env.OTP_TTL_SECONDS = '1'
    try {
      const email = 'slow@example.org'
      const { since } = await requestCode(email)
      const mail = await bff.smtp.waitForMail(email, { since })
      await new Promise((resolve) => setTimeout(resolve, 1200))
      const late = await request(bff.app)
        .post('/api/auth/otp/verify')
        .set('x-forwarded-for', nextIp())
        .send({ email, code: mail.code })
      expect(late.status).toBe(400)
      expect(late.body.error.code).toBe('otp_expired')
    } finally {
      delete process.env.OTP_TTL_SECONDS
    }
  })

  it('keeps earlier unexpired codes working after a new request; accepting one retires them all', async () => {
    const email = 'twice@example.org'
    const first = await requestCode(email)
    const firstMail = await bff.smtp.waitForMail(email, { since: first.since })
    const second = await requestCode(email)
    const secondMail = await bff.smtp.waitForMail(email, { since: second.since })
    expect(secondMail.code).not.toBe(firstMail.code)
    const old = await verify(email, firstMail.code)
    expect(old.status).toBe(200)
    const other = await verify(email, secondMail.code)
    expect(other.status).toBe(400)
    expect(other.body.error.code).toBe('otp_invalid')
    expect(await wrongCodeCount(email)).toBe(0) // a right code, and a used one, are not guesses
  })

  it('someone asking for codes for your address cannot lock you out: your code still works, and the limit says to use it', async () => {
    const email = 'victim@example.org'
    const mine = await requestCode(email)
    const myMail = await bff.smtp.waitForMail(email, { since: mine.since })
    // An attacker (other IPs) uses up the per-address allowance of 3 requests per 15 minutes.
    for (let i = 0; i < 2; i++) expect((await requestCode(email)).response.status).toBe(202)
    const limited = await requestCode(email)
    expect(limited.response.status).toBe(429)
    expect(limited.response.body.error.code).toBe('rate_limited')
    expect(limited.response.body.error.message).toMatch(/use the code we already sent/i)
    // The same answer for an address nobody has signed in with (no enumeration).
    const stranger = 'never-signed-in@example.org'
    for (let i = 0; i < 3; i++) await requestCode(stranger)
    const strangerLimited = await requestCode(stranger)
    expect(strangerLimited.response.status).toBe(429)
    expect(strangerLimited.response.body.error).toEqual({
      ...limited.response.body.error,
      requestId: strangerLimited.response.body.error.requestId,
    })
    // My code, sent before the attacker's three, still signs me in.
    expect((await verify(email, myMail.code)).status).toBe(200)
  })

  it('keeps an attempt counter per code: burning an older code leaves the newer one usable', async () => {
    const email = 'counters@example.org'
    const first = await requestCode(email)
    const firstMail = await bff.smtp.waitForMail(email, { since: first.since })
    const wrong = wrongFor(firstMail.code)
    for (let i = 0; i < 3; i++) expect((await verify(email, wrong)).body.error.code).toBe('otp_invalid')
    const second = await requestCode(email)
    const secondMail = await bff.smtp.waitForMail(email, { since: second.since })
    const wrong2 = wrongFor(firstMail.code, secondMail.code)
    // Two more wrong codes: the first code has had 5 (burned), the second 2.
    expect((await verify(email, wrong2)).body.error).toMatchObject({
      code: 'otp_invalid',
      message: expect.stringMatching(/4 tries left/),
    })
    expect((await verify(email, wrong2)).body.error).toMatchObject({
      code: 'otp_invalid',
      message: expect.stringMatching(/3 tries left/),
    })
    const rows = await bff.payload.find({
      collection: 'otp-challenges',
      where: { email: { equals: email } },
      sort: 'createdAt',
    })
    expect(rows.docs.map((doc) => [doc.attempts, Boolean(doc.consumedAt)])).toEqual([
      [5, true],
      [2, false],
    ])
    // The burned code no longer works (and counts as a wrong guess); the newer one does.
    expect((await verify(email, firstMail.code)).status).toBe(400)
    expect((await verify(email, secondMail.code)).status).toBe(200)
    expect(await wrongCodeCount(email)).toBe(6)
  })

  it('caps wrong codes per address across codes and IPs: 10 an hour, then 429 even for the right code', async () => {
    const email = 'many-guesses@example.org'
    const guesses: string[] = []
    let last: string | undefined
    // Three codes (the request limit), and 10 wrong guesses spread over them, each from a new IP.
    for (const guessesBefore of [4, 4, 2]) {
      const { since } = await requestCode(email)
      last = (await bff.smtp.waitForMail(email, { since })).code
      for (let i = 0; i < guessesBefore; i++) guesses.push((await verify(email, wrongFor(last))).body.error.code)
    }
    expect(guesses).toHaveLength(10)
    expect(guesses.every((code) => code === 'otp_invalid')).toBe(true)
    const capped = await verify(email, last)
    expect(capped.status).toBe(429)
    expect(capped.body.error.code).toBe('rate_limited')
    expect(capped.body.error.message).toMatch(/wrong codes/)
    expect(Number(capped.headers['retry-after'])).toBeGreaterThan(50 * 60)
    // The cap is per address: another address's sign-in is not affected.
    await signIn('bystander@example.org')
  })

  it('never compares a code more than 5 times, even when guesses arrive in parallel', async () => {
    const email = 'parallel@example.org'
    const { since } = await requestCode(email)
    const mail = await bff.smtp.waitForMail(email, { since })
    const wrong = wrongFor(mail.code)
    const responses = await Promise.all(Array.from({ length: 8 }, () => verify(email, wrong)))
    const codes = responses.map((response) => response.body.error.code).sort()
    // 5 guesses are compared (the last of them burns the code); the rest find no live code.
    expect(codes.filter((code) => code === 'otp_locked').length).toBeGreaterThanOrEqual(1)
    const [row] = (await bff.payload.find({ collection: 'otp-challenges', where: { email: { equals: email } } })).docs
    expect(row).toMatchObject({ attempts: 5, consumedAt: expect.any(String) })
    expect(await wrongCodeCount(email)).toBe(5)
    expect((await verify(email, mail.code)).body.error.code).toBe('otp_locked')
  })

  it('explains malformed input field by field', async () => {
    const response = await request(bff.app).post('/api/auth/otp/verify').send({ email: 'not-an-email', code: '12' })
    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('validation_failed')
    expect(response.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['code', 'email'])
    expect(response.headers['x-request-id']).toBe(response.body.error.requestId)
  })

  it('has no password login for members anywhere', async () => {
    await expect(
      bff.payload.login({ collection: 'members', data: { email: 'known@example.org', password: 'anything' } }),
    ).rejects.toThrow()
  })
})

describe('sessions', () => {
  it('lists, revokes one, revokes the others, and a revoked cookie is 401', async () => {
    const email = 'devices@example.org'
    const laptop = await signIn(email, 'Laptop Firefox')
    const phone = await signIn(email, 'Phone Safari')
    const tablet = await signIn(email, 'Tablet Chrome')
    expect(new Set([laptop.cookie, phone.cookie, tablet.cookie]).size).toBe(3)

    const list = await request(bff.app).get('/api/auth/sessions').set('cookie', laptop.cookie)
    expect(list.status).toBe(200)
    expect(list.body.items).toHaveLength(3)
    expect(list.body.items.filter((item: { current: boolean }) => item.current)).toHaveLength(1)
    expect(JSON.stringify(list.body)).not.toMatch(/tokenHash|token_hash/)
    const phoneSession = list.body.items.find((item: { userAgent: string }) => item.userAgent === 'Phone Safari')

    expect(
      (await request(bff.app).delete(`/api/auth/sessions/${phoneSession.id}`).set('cookie', laptop.cookie)).status,
    ).toBe(204)
    expect((await request(bff.app).get('/api/auth/sessions').set('cookie', phone.cookie)).status).toBe(401)

    // Someone else's session id is 404, not a revoke.
    const stranger = await signIn('stranger@example.org')
    const tabletId = list.body.items.find((item: { userAgent: string }) => item.userAgent === 'Tablet Chrome').id
    expect(
      (await request(bff.app).delete(`/api/auth/sessions/${tabletId}`).set('cookie', stranger.cookie)).status,
    ).toBe(404)

    // A malformed id is a 404 like any id that is not yours, never a database error.
    expect((await request(bff.app).delete('/api/auth/sessions/not-a-uuid').set('cookie', laptop.cookie)).status).toBe(
      404,
    )

    const others = await request(bff.app).post('/api/auth/sessions/revoke-others').set('cookie', laptop.cookie)
    expect(others.body).toEqual({ revoked: 1 })
    expect((await request(bff.app).get('/api/auth/sessions').set('cookie', tablet.cookie)).status).toBe(401)
    expect((await request(bff.app).get('/api/auth/sessions').set('cookie', laptop.cookie)).body.items).toHaveLength(1)

    const logout = await request(bff.app).post('/api/auth/logout').set('cookie', laptop.cookie)
    expect(logout.status).toBe(204)
    expect(String(logout.headers['set-cookie'])).toMatch(/cr_session=;/)
    expect((await request(bff.app).get('/api/auth/session').set('cookie', laptop.cookie)).body.user).toBeNull()
  })

  it('gives Payload no user for a member cookie: members act only through the BFF (one gate)', async () => {
    const { cookie } = await signIn('payload-user@example.org')
    expect((await request(bff.app).get('/api/auth/session').set('cookie', cookie)).body.user.email).toBe(
      'payload-user@example.org',
    )
    const auth = await bff.payload.auth({ headers: new Headers({ cookie }) })
    expect(auth.user).toBeNull()
  })
})

describe('cleanup', () => {
  it('deletes expired challenges, expired or long-revoked sessions and expired idempotency keys in a scheduled job', async () => {
    const { payload } = bff
    const past = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString()
    const future = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    const member = await payload.create({ collection: 'members', data: { email: 'cleanup@example.org' } })
    await payload.create({
      collection: 'otp-challenges',
      data: { email: 'cleanup@example.org', purpose: 'sign-in', codeHash: 'x', expiresAt: past, attempts: 0 },
    })
    const live = await payload.create({
      collection: 'otp-challenges',
      data: { email: 'cleanup@example.org', purpose: 'sign-in', codeHash: 'y', expiresAt: future, attempts: 0 },
    })
    await payload.create({
      collection: 'sessions',
      data: { member: member.id, tokenHash: 'expired', lastUsedAt: past, expiresAt: past },
    })
    await payload.create({
      collection: 'sessions',
      data: { member: member.id, tokenHash: 'revoked', lastUsedAt: past, expiresAt: future, revokedAt: past },
    })
    const keep = await payload.create({
      collection: 'sessions',
      data: { member: member.id, tokenHash: 'active', lastUsedAt: past, expiresAt: future },
    })
    await payload.create({
      collection: 'idempotency-keys',
      data: { key: 'old-key-1', member: member.id, route: 'x', requestHash: 'h', status: 'pending', expiresAt: past },
    })
    // rate-limiter-flexible counters: `expire` in epoch ms, null = never expires.
    const pool = testPool()
    await pool.query(
      `insert into rate_limits (key, points, expire) values ('cleanup:old', 3, $1), ('cleanup:live', 1, $2), ('cleanup:forever', 1, null)`,
      [Date.now() - 1000, Date.now() + 60 * 60 * 1000],
    )
    // Jobs that failed every retry: one 8 days ago, one an hour ago; and an 8-day-old job still queued.
    const plantJob = async (hasError: boolean, ageHours: number) => {
      const { rows } = await pool.query<{ id: string }>(
        `insert into payload_jobs (task_slug, queue, has_error, total_tried, error, processing, wait_until, updated_at, created_at)
         values ('buildSite', 'cleanup-test', $1, $2, $3, false, now() + interval '1 year', now() - make_interval(hours => $4), now() - make_interval(hours => $4))
         returning id`,
        [hasError, hasError ? 4 : 0, hasError ? JSON.stringify({ message: 'planted' }) : null, ageHours],
      )
      return rows[0]!.id
    }
    const oldFailed = await plantJob(true, 8 * 24)
    const recentFailed = await plantJob(true, 1)
    const oldQueued = await plantJob(false, 8 * 24)

    await payload.jobs.queue({ task: 'cleanupExpired', input: {} })
    await payload.jobs.run({ queue: 'default' })

    const challenges = await payload.find({
      collection: 'otp-challenges',
      where: { email: { equals: 'cleanup@example.org' } },
    })
    expect(challenges.docs.map((doc) => doc.id)).toEqual([live.id])
    const sessions = await payload.find({ collection: 'sessions', where: { member: { equals: member.id } } })
    expect(sessions.docs.map((doc) => doc.id)).toEqual([keep.id])
    expect(
      (await payload.count({ collection: 'idempotency-keys', where: { key: { equals: 'old-key-1' } } })).totalDocs,
    ).toBe(0)
    const counters = await pool.query<{ key: string }>(
      `select key from rate_limits where key like 'cleanup:%' order by key`,
    )
    expect(counters.rows.map((row) => row.key)).toEqual(['cleanup:forever', 'cleanup:live'])
    const jobs = await pool.query<{ id: string }>(`select id from payload_jobs where queue = 'cleanup-test'`)
    expect(jobs.rows.map((row) => row.id).sort()).toEqual([recentFailed, oldQueued].sort())
    expect(jobs.rows.map((row) => row.id)).not.toContain(oldFailed)
  })
})

describe('jobs that exhaust their retries', () => {
  it('show up in /metrics as payload_jobs_failed{task}', async () => {
    const failedGauge = async () => {
      const text = (await request(bff.app).get('/metrics')).text
      const match = /^payload_jobs_failed\{task="sendOtpEmail"\} (\d+)$/m.exec(text)
      expect(match, 'payload_jobs_failed{task="sendOtpEmail"} in /metrics').not.toBeNull()
      return Number(match![1])
    }
    const before = await failedGauge()
    expect((await request(bff.app).get('/metrics')).text).toMatch(/^payload_jobs_failed\{task="buildSite"\} \d+$/m)
    // A sign-in email whose sealed code cannot be opened fails every attempt.
    const job = await bff.payload.jobs.queue({
      task: 'sendOtpEmail',
      queue: 'exhaust-test',
      input: { to: 'nobody@example.org', sealedCode: 'not-a-sealed-code', expiresInMinutes: 10 },
    })
    const pool = testPool()
    let state = { has_error: false, total_tried: 0 }
    for (let run = 0; run < 20 && !state.has_error; run++) {
      await bff.payload.jobs.run({ queue: 'exhaust-test', silent: true })
      // Skip the exponential backoff between attempts.
      state = (
        await pool.query(
          `update payload_jobs set wait_until = null where id = $1 returning has_error, total_tried::int`,
          [job.id],
        )
      ).rows[0]
    }
    expect(state).toEqual({ has_error: true, total_tried: 9 }) // the first try and 8 retries
    expect(await failedGauge()).toBe(before + 1)
  })
})
