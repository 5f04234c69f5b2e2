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
})
