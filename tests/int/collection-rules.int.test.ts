/**
 * Defence in depth behind the one gate (docs/security.md): the collections themselves refuse what
 * the BFF would refuse, even for a caller that reached Payload directly. These run the real Payload
 * operations on Postgres; the HTTP matrix (tests/e2e/access-matrix.e2e.ts) covers /cms-api itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, PayloadRequest, Where } from 'payload'
import { bootPayload } from '../support/payload'
import { query } from '../support/postgres'

let payload: Payload
let databaseUrl: string
let memberA: { id: string; email: string }
let memberB: { id: string; email: string }

const document = {
  title: 'Garden rule',
  sections: [{ id: 'values', kind: 'values', title: 'Values', body: 'We share.' }],
}

/** What Payload would see if a member's request arrived over REST: the member as user, not local. */
const overRest = (member: { id: string; email: string }) => ({
  overrideAccess: false,
  user: { ...member, collection: 'members' } as never,
  req: { payloadAPI: 'REST' } as Partial<PayloadRequest>,
})
const viaBff = (member: { id: string; email: string }) => ({
  overrideAccess: false,
  user: { ...member, collection: 'members' } as never,
})

beforeAll(async () => {
  process.env.CR_SITE_BUILD_KICK = 'false'
  ;({ payload, databaseUrl } = await bootPayload('collection-rules'))
  const a = await payload.create({ collection: 'members', data: { email: 'a@example.org' } })
  const b = await payload.create({ collection: 'members', data: { email: 'b@example.org' } })
  memberA = { id: String(a.id), email: a.email }
  memberB = { id: String(b.id), email: b.email }
})
afterAll(async () => {
  await payload?.destroy()
})

describe('member rights exist only through the BFF', () => {
  it('lets the BFF act for a member but gives the same member over REST nothing', async () => {
    const session = await payload.create({
      collection: 'sessions',
      data: {
        member: memberA.id,
        tokenHash: 'hash-a',
        lastUsedAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    })
    const mine = await payload.find({ collection: 'sessions', ...viaBff(memberA) })
    expect(mine.docs.map((doc) => doc.id)).toEqual([session.id])
    await expect(payload.find({ collection: 'sessions', ...overRest(memberA) })).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'rules',
        data: { title: 'x', slug: 'x-1', owner: memberA.id, publishedAt: new Date().toISOString(), document },
        ...overRest(memberA),
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('never re-points a session at another member or extends it, even for its owner', async () => {
    const expiresAt = new Date(Date.now() + 3600_000).toISOString()
    const session = await payload.create({
      collection: 'sessions',
      data: { member: memberA.id, tokenHash: 'hash-takeover', lastUsedAt: new Date().toISOString(), expiresAt },
    })
    await payload.update({
      collection: 'sessions',
      id: session.id,
      data: { member: memberB.id, expiresAt: '2099-01-01T00:00:00.000Z', tokenHash: 'mine-now', revokedAt: null },
      ...viaBff(memberA),
    })
    const { rows } = await query<{ member_id: string; expires_at: Date; token_hash: string }>(
      databaseUrl,
      'select member_id, expires_at, token_hash from sessions where id = $1',
      [session.id],
    )
    expect(rows[0]).toMatchObject({ member_id: memberA.id, token_hash: 'hash-takeover' })
    expect(rows[0]!.expires_at.toISOString()).toBe(expiresAt)
  })

  it("stamps a member's rule and draft with that member, whatever the data says", async () => {
    const rule = await payload.create({
      collection: 'rules',
      data: { title: 'Mine', slug: 'mine-abc123', owner: memberB.id, publishedAt: new Date().toISOString(), document },
      depth: 0,
      ...viaBff(memberA),
    })
    expect(rule.owner).toBe(memberA.id)
    const draft = await payload.create({
      collection: 'drafts',
      data: {
        member: memberB.id,
        state: { step: 'start', document: {}, updatedAt: new Date().toISOString() },
        version: 1,
      },
      depth: 0,
      ...viaBff(memberA),
    })
    expect(draft.member).toBe(memberA.id)
  })
})

describe('private fields', () => {
  it('are left out of public reads and cannot be filtered on by the public', async () => {
    await payload.create({
      collection: 'rules',
      data: {
        title: 'Public',
        slug: 'public-abc123',
        owner: memberA.id,
        publishedAt: new Date().toISOString(),
        document,
      },
    })
    const req = { payloadAPI: 'REST' } as Partial<PayloadRequest>
    const { docs } = await payload.find({
      collection: 'rules',
      where: { slug: { equals: 'public-abc123' } },
      overrideAccess: false,
      req,
    })
    expect(docs).toHaveLength(1)
    for (const field of ['owner', 'hidden', 'builtAt']) expect(docs[0]).not.toHaveProperty(field)
    const oracles: Where[] = [
      { 'owner.email': { equals: memberA.email } },
      { owner: { equals: memberA.id } },
      { hidden: { equals: false } },
    ]
    for (const where of oracles) {
      await expect(payload.find({ collection: 'rules', where, overrideAccess: false, req })).rejects.toThrow(
        /cannot be queried/i,
      )
    }
  })
})

describe('slugs and shared validation in the collections', () => {
  it.each(['..', '../x', 'index.html', 'a/b', '-lead', 'UPPER', 'x'.repeat(82), ''])(
    'refuses the rule slug %j even from trusted server code',
    async (slug) => {
      await expect(
        payload.create({
          collection: 'rules',
          data: { title: 'Bad', slug, owner: memberA.id, publishedAt: new Date().toISOString(), document },
        }),
      ).rejects.toThrow(/invalid|slug/i)
    },
  )

  it('refuses template values the API and the site could not serve (sortOrder 1.5, a bad slug)', async () => {
    const base = {
      title: 'T',
      category: 'direct',
      summary: 'S',
      document,
      featured: false,
      _status: 'published',
    } as const
    await expect(
      payload.create({ collection: 'rule-templates', data: { ...base, slug: 'fractional', sortOrder: 1.5 } }),
    ).rejects.toThrow(/sort ?order/i)
    await expect(
      payload.create({ collection: 'rule-templates', data: { ...base, slug: '../home', sortOrder: 1 } }),
    ).rejects.toThrow(/slug/i)
    const ok = await payload.create({
      collection: 'rule-templates',
      data: { ...base, slug: 'fine-template', sortOrder: 3 },
    })
    expect(ok.slug).toBe('fine-template')
  })
})

describe('CMS users', () => {
  it('makes the first registered user an admin and later ones editors; an editor cannot promote themself', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'a-long-password-1', role: 'editor' },
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@example.org', password: 'a-long-password-2', role: 'editor' },
    })
    expect(second.role).toBe('editor')
    const editor = { ...second, collection: 'users' } as never
    const updated = await payload.update({
      collection: 'users',
      id: second.id,
      data: { name: 'Sam', role: 'admin' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated).toMatchObject({ name: 'Sam', role: 'editor' })
    await expect(
      payload.update({
        collection: 'users',
        id: first.id,
        data: { name: 'Hijack' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/not allowed|not found/i)
  })
})
