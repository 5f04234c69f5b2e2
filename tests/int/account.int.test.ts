import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { signIn, startTestBff } from '../support/bff'

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
    await request(bff.app)
      .put('/api/drafts/me')
      .set('cookie', member)
      .send({ state: { step: 'community', document: { title: 'My draft' }, updatedAt: new Date().toISOString() } })
    const response = await request(bff.app).get('/api/account/export').set('cookie', member)
    expect(response.status).toBe(200)
    expect(response.headers['content-disposition']).toBe('attachment; filename="communityrule-account.json"')
    const data = response.body
    expect(data.profile).toMatchObject({ email: 'ada@example.org', displayName: 'Ada L.' })
    const rule = data.rules.find((r: { id: string }) => r.id === mine.id)
    expect(rule.versions).toHaveLength(1)
    expect(rule.versions[0]).toMatchObject({ number: 1, title: 'Ashdown Tenants Union' })
    expect(data.rules.map((r: { title: string }) => r.title)).not.toContain('Someone else rule')
    expect(data.drafts[0].state.document.title).toBe('My draft')
    expect(data.sessions.some((s: { current: boolean }) => s.current)).toBe(true)
    const text = JSON.stringify(data)
    for (const secret of ['tokenHash', 'token_hash', 'ipHash', 'other@example.org']) expect(text).not.toContain(secret)
    expect((await request(bff.app).get('/api/account/export')).status).toBe(401)
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
