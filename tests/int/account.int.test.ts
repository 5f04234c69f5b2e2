import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import type { CreateFlowState } from '@communityrule/core/schema'
import { nextIp, signIn, startTestBff } from '../support/bff'

let bff: Awaited<ReturnType<typeof startTestBff>>
let member: string
let other: string
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-account-'))

beforeAll(async () => {
  bff = await startTestBff('account', { SITE_DIR: outDir })
  ;({ cookie: member } = await signIn(bff, 'ada@example.org'))
  ;({ cookie: other } = await signIn(bff, 'other@example.org'))
})
afterAll(async () => {
  await bff?.stop()
  rmSync(outDir, { recursive: true, force: true })
})

const publish = async (cookie: string, title: string) => {
  const document = { title, sections: [{ id: 'values', kind: 'values', title: 'What we value', body: 'Care.' }] }
  const response = await request(bff.app)
    .post('/api/rules')
    .set('cookie', cookie)
    .set('idempotency-key', `account-${title.replace(/\W/g, '')}-${Date.now()}`)
    .send({ title, document })
  expect(response.status).toBe(201)
  return response.body.rule as { id: string; slug: string }
}

describe('my account', () => {
  it('sets a display name, which the pages of the rules I steward then show', async () => {
    const rule = await publish(member, 'Hillcrest Seed Bank')
    expect((await request(bff.app).put('/api/account/profile').send({ displayName: 'Ada' })).status).toBe(401)
    expect(
      (
        await request(bff.app)
          .put('/api/account/profile')
          .set('cookie', member)
          .send({ displayName: 'x'.repeat(81) })
      ).status,
    ).toBe(400)
    const set = await request(bff.app)
      .put('/api/account/profile')
      .set('cookie', member)
      .send({ displayName: '  Ada L. ' })
    expect(set.status).toBe(200)
    expect(set.body.profile).toEqual({ email: 'ada@example.org', displayName: 'Ada L.' })
    expect((await request(bff.app).get('/api/auth/session').set('cookie', member)).body.user.displayName).toBe('Ada L.')
    const page = path.join(outDir, 'rules', rule.slug, 'index.html')
    const started = Date.now()
    while (!existsSync(page) || !readFileSync(page, 'utf8').includes('Stewarded by Ada L..')) {
      if (Date.now() - started > 15_000) throw new Error('the rule page does not name its steward')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })

  it('exports everything the account holds, and nothing of anyone else or any secret', async () => {
    const mine = await publish(member, 'Ashdown Tenants Union')
    await publish(other, 'Someone else rule')
    for (const title of ['My draft', 'My other draft'])
      await request(bff.app)
        .post('/api/drafts')
        .set('cookie', member)
        .send({ state: { step: 'community', document: { title }, updatedAt: new Date().toISOString() } })
    const response = await request(bff.app).get('/api/account/export').set('cookie', member)
    expect(response.status).toBe(200)
    expect(response.headers['content-disposition']).toBe('attachment; filename="communityrule-account.json"')
    const data = response.body
    expect(data.profile).toMatchObject({ email: 'ada@example.org', displayName: 'Ada L.' })
    const rule = data.rules.find((r: { id: string }) => r.id === mine.id)
    expect(rule.versions).toHaveLength(1)
    expect(rule.versions[0]).toMatchObject({ number: 1, title: 'Ashdown Tenants Union' })
    expect(data.rules.map((r: { title: string }) => r.title)).not.toContain('Someone else rule')
    expect(data.drafts.map((d: { state: CreateFlowState }) => d.state.document.title).sort()).toEqual([
      'My draft',
      'My other draft',
    ])
    expect(data.sessions.some((s: { current: boolean }) => s.current)).toBe(true)
    const text = JSON.stringify(data)
    for (const secret of ['tokenHash', 'token_hash', 'ipHash', 'other@example.org']) expect(text).not.toContain(secret)
    expect((await request(bff.app).get('/api/account/export')).status).toBe(401)
  })

  it('changes my email with a code sent to the new address: sessions stay, the old address is told, codes never mix', async () => {
    const mover = await signIn(bff, 'mover@example.org')
    const { cookie: laptop } = await signIn(bff, 'mover@example.org', 'laptop')
    const ask = (email: string, cookie = mover.cookie) =>
      request(bff.app).post('/api/account/email').set('cookie', cookie).set('x-forwarded-for', nextIp()).send({ email })
    const confirm = (email: string, code: string | undefined, cookie = mover.cookie) =>
      request(bff.app)
        .post('/api/account/email/confirm')
        .set('cookie', cookie)
        .set('x-forwarded-for', nextIp())
        .send({ email, code })

    expect((await request(bff.app).post('/api/account/email').send({ email: 'x@example.org' })).status).toBe(401)
    expect((await ask('not an address')).status).toBe(400)
    const same = await ask('ADA@example.org', member)
    expect([same.status, same.body.error.code]).toEqual([400, 'same_email'])

    // A sign-in code for the new address does not confirm the change.
    let since = bff.smtp.messages.length
    await request(bff.app)
      .post('/api/auth/otp/request')
      .set('x-forwarded-for', nextIp())
      .send({ email: 'new-home@example.org' })
    const signInCode = (await bff.smtp.waitForMail('new-home@example.org', { since })).code
    expect((await confirm('new-home@example.org', signInCode)).body.error.code).toBe('otp_invalid')

    since = bff.smtp.messages.length
    expect((await ask('New-Home@example.org')).status).toBe(202)
    const mail = await bff.smtp.waitForMail('new-home@example.org', { since })
    expect(mail.subject).toContain('confirms your new CommunityRule email address')
    // The change code does not sign anyone in, and it belongs to this member only.
    const asSignIn = await request(bff.app)
      .post('/api/auth/otp/verify')
      .set('x-forwarded-for', nextIp())
      .send({ email: 'new-home@example.org', code: mail.code })
    expect(asSignIn.status).toBe(400)
    expect((await confirm('new-home@example.org', mail.code, member)).status).toBe(400)
    expect((await confirm('new-home@example.org', mail.code === '000000' ? '111111' : '000000')).body.error.code).toBe(
      'otp_invalid',
    )

    since = bff.smtp.messages.length
    const changed = await confirm('new-home@example.org', mail.code)
    expect(changed.status).toBe(200)
    expect(changed.body.profile.email).toBe('new-home@example.org')
    // Both sessions carry on, now under the new address.
    for (const cookie of [mover.cookie, laptop])
      expect((await request(bff.app).get('/api/auth/session').set('cookie', cookie)).body.user).toMatchObject({
        id: mover.user.id,
        email: 'new-home@example.org',
      })
    const notice = await bff.smtp.waitForMail('mover@example.org', { since })
    expect(notice.subject).toBe('Your CommunityRule email address was changed')
    expect(notice.raw).toContain('new-home@example.org')
    expect((await confirm('new-home@example.org', mail.code)).body.error.code).toBe('otp_invalid')
    // Signing in with the new address reaches the same account; the old one is a new, empty account.
    expect((await signIn(bff, 'new-home@example.org')).user.id).toBe(mover.user.id)
    expect((await signIn(bff, 'mover@example.org')).user.id).not.toBe(mover.user.id)

    // An address another account signs in with: the code proves the address, then 409.
    since = bff.smtp.messages.length
    expect((await ask('other@example.org')).status).toBe(202)
    const taken = await confirm('other@example.org', (await bff.smtp.waitForMail('other@example.org', { since })).code)
    expect([taken.status, taken.body.error.code]).toEqual([409, 'email_taken'])
    expect((await request(bff.app).get('/api/auth/session').set('cookie', mover.cookie)).body.user.email).toBe(
      'new-home@example.org',
    )
  })

  it('deletes the account: every session ends, personal data goes, and each rule I alone steward is withdrawn or kept without an owner', async () => {
    const { cookie: leaver } = await signIn(bff, 'leaver@example.org')
    const withdrawn = await publish(leaver, 'Kestrel Radio Station')
    const kept = await publish(leaver, 'Bramble Book Club')
    const before = await request(bff.app).get('/api/account/deletion').set('cookie', leaver)
    expect(before.body.rules.map((r: { id: string }) => r.id).sort()).toEqual([withdrawn.id, kept.id].sort())

    const unchosen = await request(bff.app)
      .delete('/api/account')
      .set('cookie', leaver)
      .send({ rules: { [kept.id]: 'keep' } })
    expect(unchosen.status).toBe(409)
    expect(unchosen.body.error.code).toBe('choices_required')
    expect(unchosen.body.details).toEqual([{ id: withdrawn.id, title: 'Kestrel Radio Station' }])
    expect((await request(bff.app).get('/api/auth/session').set('cookie', leaver)).body.user).not.toBeNull()

    const deleted = await request(bff.app)
      .delete('/api/account')
      .set('cookie', leaver)
      .send({ rules: { [withdrawn.id]: 'withdraw', [kept.id]: 'keep' } })
    expect(deleted.status).toBe(204)
    expect(String(deleted.headers['set-cookie'])).toMatch(/cr_session=;/)
    expect((await request(bff.app).get('/api/auth/session').set('cookie', leaver)).body.user).toBeNull()
    const members = await bff.payload.find({
      collection: 'members',
      where: { email: { equals: 'leaver@example.org' } },
      overrideAccess: true,
    })
    expect(members.totalDocs).toBe(0)
    for (const collection of ['sessions', 'drafts', 'rule-stewards', 'otp-challenges'] as const) {
      const { docs } = await bff.payload.find({ collection, overrideAccess: true, depth: 0, limit: 500 })
      expect(JSON.stringify(docs), collection).not.toContain('leaver@example.org')
    }

    expect((await request(bff.app).get(`/api/rules/${withdrawn.slug}`)).status).toBe(404)
    const stillThere = await request(bff.app).get(`/api/rules/${kept.slug}`)
    expect(stillThere.status).toBe(200)
    const stored = await bff.payload.findByID({ collection: 'rules', id: kept.id, depth: 0, overrideAccess: true })
    expect(stored.owner ?? null).toBeNull()
    const { docs: versions } = await bff.payload.find({
      collection: 'rule-versions',
      where: { rule: { in: [kept.id, withdrawn.id] } },
      depth: 0,
      overrideAccess: true,
    })
    expect(versions).toHaveLength(2)
    expect(versions.every((v) => (v.author ?? null) === null)).toBe(true)
    // Signing in again with that address starts a new, empty account.
    const { cookie: again } = await signIn(bff, 'leaver@example.org')
    expect((await request(bff.app).get('/api/rules/mine').set('cookie', again)).body.items).toEqual([])
  })
})
