import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { signIn, startTestBff } from '../support/bff'

let bff: Awaited<ReturnType<typeof startTestBff>>
let author: string
let invitee: string
let stranger: string
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-stewards-'))
const pageOf = (slug: string) => path.join(outDir, 'rules', slug, 'index.html')

const document = {
  title: 'Willow Repair Cafe',
  sections: [{ id: 'values', kind: 'values', title: 'What we value', body: 'Mend, do not replace.' }],
}
const as = (cookie: string) => ({
  get: (url: string) => request(bff.app).get(url).set('cookie', cookie),
  post: (url: string, body: object = {}) => request(bff.app).post(url).set('cookie', cookie).send(body),
  delete: (url: string) => request(bff.app).delete(url).set('cookie', cookie),
})

beforeAll(async () => {
  bff = await startTestBff('stewards', { SITE_DIR: outDir, PUBLIC_URL: 'http://localhost:3995' })
  ;({ cookie: author } = await signIn(bff, 'author@example.org'))
  ;({ cookie: invitee } = await signIn(bff, 'Co.Steward@example.org'))
  ;({ cookie: stranger } = await signIn(bff, 'stranger@example.org'))
  // Display names: the rule page names its stewards by them (never by email).
  for (const [email, displayName] of [
    ['author@example.org', 'Ada'],
    ['co.steward@example.org', 'Grace'],
  ])
    await bff.payload.update({
      collection: 'members',
      where: { email: { equals: email } },
      data: { displayName },
      overrideAccess: true,
    })
})
afterAll(async () => {
  await bff?.stop()
  rmSync(outDir, { recursive: true, force: true })
})

describe('stewards', () => {
  it('invites by email; the invitee accepts with that address only, once, then amends and manages stewards', async () => {
    const published = await request(bff.app)
      .post('/api/rules')
      .set('cookie', author)
      .set('idempotency-key', `stewards-publish-${Date.now()}`)
      .send({ title: document.title, document })
    expect(published.status).toBe(201)
    const { id, slug } = published.body.rule as { id: string; slug: string }

    // Only stewards see or invite stewards.
    expect((await as(stranger).get(`/api/rules/${slug}/stewards`)).status).toBe(403)
    expect((await as(stranger).post(`/api/rules/${slug}/stewards`, { email: 'x@example.org' })).status).toBe(403)
    expect((await request(bff.app).get(`/api/rules/${slug}/stewards`)).status).toBe(401)
    expect((await as(author).post(`/api/rules/${slug}/stewards`, { email: 'not an email' })).status).toBe(400)
    expect(
      (await as(author).post(`/api/rules/${slug}/stewards`, { email: 'author@example.org' })).body.error.code,
    ).toBe('already_steward')

    const since = bff.smtp.messages.length
    const invited = await as(author).post(`/api/rules/${slug}/stewards`, { email: 'CO.steward@example.org' })
    expect(invited.status, invited.text).toBe(202)
    expect(invited.body.invitation.email).toBe('co.steward@example.org')
    const mail = await bff.smtp.waitForMail('co.steward@example.org', { since })
    expect(mail.subject).toMatch(/You.are.invited.to.steward/) // MIME-encoded (the title has curly quotes)
    // The body is quoted-printable: undo soft line breaks and =XX escapes.
    const body = mail.raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    const token = /http:\/\/localhost:3995\/account\/\?invite=([A-Za-z0-9_-]+)/.exec(body)![1]!
    // Never stored as sent.
    const [row] = (await bff.payload.find({ collection: 'steward-invitations', overrideAccess: true })).docs
    expect(JSON.stringify(row)).not.toContain(token)

    const listed = (await as(author).get(`/api/rules/${slug}/stewards`)).body
    expect(listed.stewards).toEqual([{ id: expect.any(String), name: 'Ada', role: 'author', you: true }])
    expect(listed.invitations).toEqual([
      { id: expect.any(String), email: 'co.steward@example.org', expiresAt: expect.any(String) },
    ])

    // Someone else holding the link cannot use it; the invitee can, once.
    const wrong = await as(stranger).post('/api/steward-invitations/accept', { token })
    expect(wrong.status).toBe(403)
    expect(wrong.body.error.code).toBe('invitation_other_email')
    const accepted = await as(invitee).post('/api/steward-invitations/accept', { token })
    expect(accepted.status, accepted.text).toBe(200)
    expect(accepted.body.rule).toMatchObject({ id, slug, title: document.title })
    expect((await as(invitee).post('/api/steward-invitations/accept', { token })).body.error.code).toBe(
      'invitation_invalid',
    )
    expect((await as(invitee).get('/api/rules/mine')).body.items.map((r: { slug: string }) => r.slug)).toContain(slug)

    // The new steward amends; the rule page names both stewards by display name.
    const amended = await request(bff.app)
      .post(`/api/rules/${slug}/versions`)
      .set('cookie', invitee)
      .set('idempotency-key', `stewards-amend-${Date.now()}`)
      .set('if-match', '1')
      .send({ title: document.title, document, note: 'Grace joined as a steward.' })
    expect(amended.status, amended.text).toBe(201)
    const started = Date.now()
    while (!existsSync(pageOf(slug)) || !readFileSync(pageOf(slug), 'utf8').includes('Stewarded by Ada, Grace.')) {
      if (Date.now() - started > 15_000) throw new Error('the rule page does not name its stewards')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(readFileSync(pageOf(slug), 'utf8')).not.toContain('@example.org')

    // Any steward removes another, never the last one.
    const stewards = (await as(invitee).get(`/api/rules/${slug}/stewards`)).body.stewards as Array<{
      id: string
      you: boolean
    }>
    const ada = stewards.find((s) => !s.you)!
    const grace = stewards.find((s) => s.you)!
    expect((await as(stranger).delete(`/api/rules/${slug}/stewards/${ada.id}`)).status).toBe(403)
    expect((await as(invitee).delete(`/api/rules/${slug}/stewards/${ada.id}`)).status).toBe(204)
    const last = await as(invitee).delete(`/api/rules/${slug}/stewards/${grace.id}`)
    expect(last.status).toBe(409)
    expect(last.body.error.code).toBe('last_steward')
    expect((await as(author).get(`/api/rules/${slug}/stewards`)).status).toBe(403)
    expect((await as(invitee).delete(`/api/rules/${slug}/stewards/not-a-uuid`)).status).toBe(400)

    // A pending invitation can be cancelled; its link then no longer works.
    const again = await as(invitee).post(`/api/rules/${slug}/stewards`, { email: 'author@example.org' })
    expect(again.status).toBe(202)
    expect((await as(invitee).delete(`/api/rules/${slug}/invitations/${again.body.invitation.id}`)).status).toBe(204)
    expect((await as(invitee).get(`/api/rules/${slug}/stewards`)).body.invitations).toEqual([])
  })
})
