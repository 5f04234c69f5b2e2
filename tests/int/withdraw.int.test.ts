import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { signIn, startTestBff } from '../support/bff'

let bff: Awaited<ReturnType<typeof startTestBff>>
let author: string
let forker: string
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-withdraw-'))
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
const has = (file: string) => existsSync(path.join(outDir, file))

/** Waits until `check` holds for the built site (the incremental build runs as a job). */
async function until(what: string, check: () => boolean) {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > 15_000) throw new Error(`${what}: not after 15 s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

let keys = 0
async function publish(cookie: string, title: string, forkedFrom?: string) {
  const document = { title, sections: [{ id: 'values', kind: 'values', title: 'What we value', body: 'Care.' }] }
  const response = await request(bff.app)
    .post('/api/rules')
    .set('cookie', cookie)
    .set('idempotency-key', `withdraw-test-${++keys}-${Date.now()}`)
    .send({ title, document, ...(forkedFrom ? { forkedFrom } : {}) })
  expect(response.status, response.text).toBe(201)
  return response.body.rule as { id: string; slug: string }
}
const withdraw = (slug: string, cookie?: string, body: object = {}) => {
  const call = request(bff.app).post(`/api/rules/${slug}/withdraw`)
  return (cookie ? call.set('cookie', cookie) : call).send(body)
}

beforeAll(async () => {
  bff = await startTestBff('withdraw', { SITE_DIR: outDir, PUBLIC_URL: 'http://localhost:3996' })
  ;({ cookie: author } = await signIn(bff, 'steward@example.org'))
  ;({ cookie: forker } = await signIn(bff, 'forker@example.org'))
})
afterAll(async () => {
  await bff?.stop()
  rmSync(outDir, { recursive: true, force: true })
})

describe('withdrawing a rule', () => {
  it("takes its pages off the site at once, answers 410 with the stewards' reason, and its forks say so", async () => {
    const source = await publish(author, 'Meadow Choir')
    const fork = await publish(forker, 'Meadow Choir, north', source.id)
    await until(
      'the source counts its fork',
      () =>
        has(`rules/${source.slug}/index.html`) &&
        read(`rules/${source.slug}/index.html`).includes('1 published rule was started from this one.'),
    )
    await until(
      'the fork links its source',
      () =>
        has(`rules/${fork.slug}/index.html`) &&
        read(`rules/${fork.slug}/index.html`).includes(
          `Started from <a href="/rules/${source.slug}/">Meadow Choir</a>.`,
        ),
    )

    // Only a steward may withdraw it.
    expect((await withdraw(source.slug)).status).toBe(401)
    const byForker = await withdraw(source.slug, forker)
    expect(byForker.status).toBe(403)
    expect(byForker.body.error.code).toBe('not_a_steward')
    expect((await withdraw(source.slug, author, { reason: 'x'.repeat(501) })).status).toBe(400)

    const withdrawn = await withdraw(source.slug, author, { reason: 'We merged with the south choir.' })
    expect(withdrawn.status, withdrawn.text).toBe(200)
    expect(withdrawn.body.rule).toMatchObject({ slug: source.slug, version: 1 })
    expect((await request(bff.app).get(`/api/rules/${source.slug}`)).status).toBe(404)
    expect((await request(bff.app).get(`/api/rules/${source.slug}/versions`)).status).toBe(404)
    expect((await withdraw(source.slug, author)).status).toBe(404)

    await until('the tombstone is written', () => has(`_gone/rules/${source.slug}/index.html`))
    const page = await request(bff.app).get(`/rules/${source.slug}/`)
    expect(page.status).toBe(410)
    expect(page.text).toContain('This rule has been withdrawn')
    expect(page.text).toMatch(/Its stewards withdrew it on \d{1,2} \w+ \d{4}, at version 1\./)
    expect(page.text).toContain('We merged with the south choir.')
    expect(page.text).not.toContain('Meadow Choir')
    // One build pass writes the tombstone, the listings and removes the pages, one file after another.
    await until('its pages are gone', () => !has(`rules/${source.slug}`))
    for (const file of ['rules/index.html', 'sitemap.xml', 'feed.xml', 'index.html'])
      await until(`${file} leaves it out`, () => !read(file).includes(`/rules/${source.slug}/`))
    // Site search leaves it out until the index is rebuilt.
    await until(
      'search leaves it out',
      () => has('search-removed.json') && read('search-removed.json').includes(`"/rules/${source.slug}/"`),
    )
    await until('the fork says its source was withdrawn', () =>
      read(`rules/${fork.slug}/index.html`).includes('Started from a rule that its stewards have since withdrawn.'),
    )
    expect((await request(bff.app).get(`/rules/${fork.slug}/`)).status).toBe(200)

    // Editors see it in the admin and can restore it: everything comes back.
    const stored = await bff.payload.findByID({ collection: 'rules', id: source.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ hidden: true, withdrawnReason: 'We merged with the south choir.' })
    expect(stored.withdrawnAt).toBeTruthy()
    const restored = await bff.payload.update({
      collection: 'rules',
      id: source.id,
      data: { hidden: false },
      overrideAccess: true,
    })
    expect(restored).toMatchObject({ hidden: false, withdrawnAt: null, withdrawnReason: null })
    await until('the rule is back', () => has(`rules/${source.slug}/index.html`) && !has(`_gone/rules/${source.slug}`))
    expect((await request(bff.app).get(`/rules/${source.slug}/`)).status).toBe(200)
  })

  it('still requires a reason when an editor hides a rule', async () => {
    const rule = await publish(author, 'Orchard Tool Library')
    await expect(
      bff.payload.update({ collection: 'rules', id: rule.id, data: { hidden: true }, overrideAccess: true }),
    ).rejects.toThrow(/hiddenReason/)
  })
})
