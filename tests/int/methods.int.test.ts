/**
 * The methods library (issue 13) on a real database: the seed (idempotent, ≥ 150 methods, every
 * template's building blocks present as methods, editors' changes kept), template facets, and the
 * public API (filters, ranking with reasons, cursor pages, ETag, drafts never shown, errors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { startTestBff } from '../support/bff'
import { seedMethods } from '../../cms/seed/methods'
import { seedTemplates } from '../../cms/seed/templates'

let bff: Awaited<ReturnType<typeof startTestBff>>
let firstSeed: { created: number }

beforeAll(async () => {
  bff = await startTestBff('methods')
  const seed = await import('../../cms/seed/index')
  firstSeed = await seed.seedMethodsLibrary({ payload: bff.payload })
  await seed.seedRuleTemplates({ payload: bff.payload })
}, 180_000)
afterAll(async () => {
  await bff?.stop()
})

describe('the seed', () => {
  it('adds every method once, published, and re-running adds nothing and keeps editors’ changes', async () => {
    expect(firstSeed.created).toBe(seedMethods.length)
    expect(seedMethods.length).toBeGreaterThanOrEqual(150)
    const { docs } = await bff.payload.find({ collection: 'methods', where: { slug: { equals: 'consensus' } } })
    await bff.payload.update({ collection: 'methods', id: docs[0]!.id, data: { summary: 'Edited by an editor.' } })
    const again = await (await import('../../cms/seed/index')).seedMethodsLibrary({ payload: bff.payload })
    expect(again.created).toBe(0)
    const after = await bff.payload.findByID({ collection: 'methods', id: docs[0]!.id })
    expect(after.summary).toBe('Edited by an editor.')
    expect((await bff.payload.count({ collection: 'methods' })).totalDocs).toBe(seedMethods.length)
  })

  it('links related methods, and every building block of every template is a published method', async () => {
    const res = await request(bff.app).get('/api/methods/delegate')
    expect(res.status).toBe(200)
    const seeded = seedMethods.find((m) => m.slug === 'delegate')!
    expect(res.body.method.related.sort()).toEqual([...seeded.related].sort())
    const slugs = new Set(
      ((await request(bff.app).get('/api/methods?limit=200')).body.methods as { slug: string }[]).map((m) => m.slug),
    )
    for (const template of seedTemplates)
      for (const section of template.document.sections)
        for (const module of section.modules ?? [])
          expect(slugs.has(module.id), `${template.slug}: ${module.id}`).toBe(true)
  })

  it('refuses to publish what the library schema refuses (blank prose, a bad link, an own-method slug)', async () => {
    const valid = {
      slug: 'qqcheck-method',
      name: 'Qqcheck',
      group: 'values' as const,
      summary: 'A method an editor is writing.',
      details: { meaning: 'What it means.', warningSigns: 'What slipping looks like.' },
      _status: 'published' as const,
    }
    const refused = async (data: Record<string, unknown>) =>
      bff.payload.create({ collection: 'methods', data: { ...valid, ...data } }).then(
        () => 'accepted',
        (err: Error) => err.message,
      )
    expect(await refused({ name: '   ' })).toMatch(/name/i)
    expect(await refused({ details: { meaning: ' ', warningSigns: 'x' } })).toMatch(/meaning|what it means/i)
    expect(await refused({ furtherReading: [{ title: 'A page', url: 'not a url' }] })).toMatch(/url/i)
    expect(await refused({ slug: 'own-tuesday' })).toMatch(/slug/i)
    expect((await request(bff.app).get('/api/methods/qqcheck-method')).status).toBe(404)
    expect(await refused({})).toBe('accepted')
    expect((await request(bff.app).get('/api/methods/qqcheck-method')).status).toBe(200)
    await bff.payload.delete({ collection: 'methods', where: { slug: { equals: 'qqcheck-method' } } })
  })

  it('gives templates their facets, in the public API', async () => {
    const res = await request(bff.app).get('/api/templates/federated-clusters')
    expect(res.body.template.facets.sizeBands).toContain('1000+')
  })
})

describe('GET /api/methods', () => {
  it('filters by group and by words of the name or summary', async () => {
    const decisions = await request(bff.app).get('/api/methods?group=decisions&limit=200')
    expect(decisions.body.methods.length).toBe(seedMethods.filter((m) => m.group === 'decisions').length)
    expect(new Set(decisions.body.methods.map((m: { group: string }) => m.group))).toEqual(new Set(['decisions']))
    const found = await request(bff.app).get('/api/methods?q=quadratic')
    expect(found.body.methods.map((m: { slug: string }) => m.slug)).toContain('quadratic-voting')
    expect(
      found.body.methods.every((m: { name: string; summary: string }) =>
        /quadratic/i.test(m.name + m.summary + (m as any).slug),
      ),
    ).toBe(true)
  })

  it('leaves out methods made for other communities and ranks the rest, each fit with its reason', async () => {
    const res = await request(bff.app).get('/api/methods?group=decisions&size=1-5&maturity=forming&limit=200')
    const methods = res.body.methods as Array<{
      slug: string
      facets: { sizeBands: string[] }
      recommendation: { score: number; reason: string }
    }>
    expect(methods.every((m) => !m.facets.sizeBands.length || m.facets.sizeBands.includes('1-5'))).toBe(true)
    expect(methods.map((m) => m.slug)).not.toContain('federated-council')
    const scores = methods.map((m) => m.recommendation.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(methods[0]!.recommendation.reason).toMatch(/^Suits groups of 1–5 people/)
  })

  it('pages through everything with the cursor, once each, and answers 304 to a matching ETag', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res: request.Response = await request(bff.app).get(
        `/api/methods?limit=40${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(res.status).toBe(200)
      seen.push(...res.body.methods.map((m: { slug: string }) => m.slug))
      cursor = res.body.nextCursor
    } while (cursor)
    expect(seen.length).toBe(seedMethods.length)
    expect(new Set(seen).size).toBe(seen.length)
    const first = await request(bff.app).get('/api/methods?group=values')
    const again = await request(bff.app).get('/api/methods?group=values').set('if-none-match', first.headers.etag!)
    expect(again.status).toBe(304)
  })

  it('never shows a draft, and refuses bad input with the error contract', async () => {
    await bff.payload.create({
      collection: 'methods',
      data: {
        slug: 'zyxwv-draft-method',
        name: 'Zyxwv draft',
        group: 'values',
        summary: 'Not yet.',
        details: { meaning: 'x', warningSigns: 'y' },
        _status: 'draft',
      },
      draft: true,
    })
    expect((await request(bff.app).get('/api/methods?q=zyxwv')).body.methods).toEqual([])
    expect((await request(bff.app).get('/api/methods/zyxwv-draft-method')).status).toBe(404)
    const badGroup = await request(bff.app).get('/api/methods?group=nonsense')
    expect(badGroup.status).toBe(400)
    expect(badGroup.body.error.code).toBe('invalid_query')
    const badCursor = await request(bff.app).get('/api/methods?cursor=bm9wZQ')
    expect(badCursor.status).toBe(400)
    expect(badCursor.body.error.code).toBe('invalid_cursor')
  })
})
