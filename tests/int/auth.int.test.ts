import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { nextIp, sessionCookie, signIn as signInWith, startTestBff } from '../support/bff'

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

describe('OTP sign-in', () => {
  it('emails a code over SMTP, verifies it, creates the member and sets an HttpOnly session cookie', async () => {
    const email = 'Journey@Example.org'
    const { response, since } = await requestCode(email)
    expect(response.status).toBe(202)
    expect(response.body).toEqual({ ok: true, expiresInSeconds: 600 })
    const mail = await bff.smtp.waitForMail('journey@example.org', { since })
    expect(mail.code).toMatch(/^\d{6}$/)
    expect(mail.raw).toContain('expires in 10 minutes')

    const verified = await request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code: mail.code })
    expect(verified.status).toBe(200)
    expect(verified.body.user).toMatchObject({ email: 'journey@example.org' })
    const setCookie = verified.headers['set-cookie'] as unknown as string[]
    expect(setCookie[0]).toMatch(/^cr_session=[A-Za-z0-9_-]{43};/)
    expect(setCookie[0]).toMatch(/HttpOnly/)
    expect(setCookie[0]).toMatch(/SameSite=Lax/)

    const session = await request(bff.app).get('/api/auth/session').set('cookie', sessionCookie(setCookie))
    expect(session.body.user).toMatchObject({ email: 'journey@example.org' })
    const members = await bff.payload.find({ collection: 'members', where: { email: { equals: 'journey@example.org' } } })
    expect(members.docs).toHaveLength(1)

    // The code is single use.
    const again = await request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code: mail.code })
    expect(again.status).toBe(400)
    expect(again.body.error.code).toBe('otp_invalid')
  })

  it('stores only a hash of the code', async () => {
    const { since } = await requestCode('hash@example.org')
    const mail = await bff.smtp.waitForMail('hash@example.org', { since })
    const rows = await bff.payload.find({ collection: 'otp-challenges', where: { email: { equals: 'hash@example.org' } } })
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
      const response = await request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code: wrong })
      codes.push(response.body.error.code)
    }
    expect(codes).toEqual(['otp_invalid', 'otp_invalid', 'otp_invalid', 'otp_invalid', 'otp_locked'])
    const right = await request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code: mail.code })
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
      const late = await request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code: mail.code })
      expect(late.status).toBe(400)
      expect(late.body.error.code).toBe('otp_expired')
    } finally {
      delete process.env.OTP_TTL_SECONDS
    }
  })

  it('supersedes older codes when a new one is requested', async () => {
    const email = 'twice@example.org'
    const first = await requestCode(email)
    const firstMail = await bff.smtp.waitForMail(email, { since: first.since })
    const second = await requestCode(email)
    const secondMail = await bff.smtp.waitForMail(email, { since: second.since })
    const old = await request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code: firstMail.code })
    expect(old.status).toBe(400)
    const fresh = await request(bff.app).post('/api/auth/otp/verify').set('x-forwarded-for', nextIp()).send({ email, code: secondMail.code })
    expect(fresh.status).toBe(200)
  })

  it('explains malformed input field by field', async () => {
    const response = await request(bff.app).post('/api/auth/otp/verify').send({ email: 'not-an-email', code: '12' })
    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('validation_failed')
    expect(response.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['code', 'email'])
    expect(response.headers['x-request-id']).toBe(response.body.error.requestId)
  })

  it('has no password login for members anywhere', async () => {
    await expect(bff.payload.login({ collection: 'members', data: { email: 'known@example.org', password: 'anything' } })).rejects.toThrow()
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

    expect((await request(bff.app).delete(`/api/auth/sessions/${phoneSession.id}`).set('cookie', laptop.cookie)).status).toBe(204)
    expect((await request(bff.app).get('/api/auth/sessions').set('cookie', phone.cookie)).status).toBe(401)

    // Someone else's session id is 404, not a revoke.
    const stranger = await signIn('stranger@example.org')
    const tabletId = list.body.items.find((item: { userAgent: string }) => item.userAgent === 'Tablet Chrome').id
    expect((await request(bff.app).delete(`/api/auth/sessions/${tabletId}`).set('cookie', stranger.cookie)).status).toBe(404)

    // A malformed id is a 404 like any id that is not yours, never a database error.
    expect((await request(bff.app).delete('/api/auth/sessions/not-a-uuid').set('cookie', laptop.cookie)).status).toBe(404)

    const others = await request(bff.app).post('/api/auth/sessions/revoke-others').set('cookie', laptop.cookie)
    expect(others.body).toEqual({ revoked: 1 })
    expect((await request(bff.app).get('/api/auth/sessions').set('cookie', tablet.cookie)).status).toBe(401)
    expect((await request(bff.app).get('/api/auth/sessions').set('cookie', laptop.cookie)).body.items).toHaveLength(1)

    const logout = await request(bff.app).post('/api/auth/logout').set('cookie', laptop.cookie)
    expect(logout.status).toBe(204)
    expect(String(logout.headers['set-cookie'])).toMatch(/cr_session=;/)
    expect((await request(bff.app).get('/api/auth/session').set('cookie', laptop.cookie)).body.user).toBeNull()
  })

  it('lets Payload access control see the member behind the cookie (req.user)', async () => {
    const { cookie, user } = await signIn('payload-user@example.org')
    const headers = new Headers({ cookie })
    const auth = await bff.payload.auth({ headers })
    expect(auth.user).toMatchObject({ id: user.id, collection: 'members' })
  })
})

describe('cleanup', () => {
  it('deletes expired challenges, expired or long-revoked sessions and expired idempotency keys in a scheduled job', async () => {
    const { payload } = bff
    const past = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString()
    const future = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    const member = await payload.create({ collection: 'members', data: { email: 'cleanup@example.org' } })
    await payload.create({ collection: 'otp-challenges', data: { email: 'cleanup@example.org', codeHash: 'x', expiresAt: past, attempts: 0 } })
    const live = await payload.create({ collection: 'otp-challenges', data: { email: 'cleanup@example.org', codeHash: 'y', expiresAt: future, attempts: 0 } })
    await payload.create({ collection: 'sessions', data: { member: member.id, tokenHash: 'expired', lastUsedAt: past, expiresAt: past } })
    await payload.create({ collection: 'sessions', data: { member: member.id, tokenHash: 'revoked', lastUsedAt: past, expiresAt: future, revokedAt: past } })
    const keep = await payload.create({ collection: 'sessions', data: { member: member.id, tokenHash: 'active', lastUsedAt: past, expiresAt: future } })
    await payload.create({ collection: 'idempotency-keys', data: { key: 'old-key-1', member: member.id, route: 'x', requestHash: 'h', status: 'pending', expiresAt: past } })

    await payload.jobs.queue({ task: 'cleanupExpired', input: {} })
    await payload.jobs.run({ queue: 'default' })

    const challenges = await payload.find({ collection: 'otp-challenges', where: { email: { equals: 'cleanup@example.org' } } })
    expect(challenges.docs.map((doc) => doc.id)).toEqual([live.id])
    const sessions = await payload.find({ collection: 'sessions', where: { member: { equals: member.id } } })
    expect(sessions.docs.map((doc) => doc.id)).toEqual([keep.id])
    expect((await payload.count({ collection: 'idempotency-keys', where: { key: { equals: 'old-key-1' } } })).totalDocs).toBe(0)
  })
})

