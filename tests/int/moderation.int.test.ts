/**
 * Moderation (issue 12): a visitor reports a rule through the BFF (JSON or a plain form post), editors
 * hide it with a reason, its page answers 410 Gone with that reason, restoring brings the page back.
 * Real BFF, Payload and Postgres; the site build runs as the hooks queue it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import type { PayloadRequest } from 'payload'
import { startTestBff, nextIp } from '../support/bff'

let bff: Awaited<ReturnType<typeof startTestBff>>
let memberId: string
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-moderation-'))

const documentFor = (title: string) => ({
  title,
  sections: [{ id: 'values', kind: 'values' as const, title: 'Values', body: 'We value care.' }],
})

async function createRule(slug: string, title = `Rule ${slug}`) {
  const rule = await bff.payload.create({
    collection: 'rules',
    data: { slug, title, owner: memberId, document: documentFor(title), publishedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { disableSiteBuild: true },
  })
  return { id: String(rule.id), slug }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
const reportsOf = async (rule: string) =>
  (
    await bff.payload.find({
      collection: 'rule-reports',
      where: { rule: { equals: rule } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs
const report = (idOrSlug: string, ip = nextIp()) =>
  request(bff.app).post(`/api/rules/${idOrSlug}/reports`).set('x-forwarded-for', ip)

let garden: { id: string; slug: string }
let orchard: { id: string; slug: string }

beforeAll(async () => {
  bff = await startTestBff('moderation', { SITE_DIR: outDir, PUBLIC_URL: 'http://localhost:3998' })
  memberId = String(
    (await bff.payload.create({ collection: 'members', data: { email: 'mod@example.org' }, overrideAccess: true })).id,
  )
  garden = await createRule('garden-rule', 'Garden rule')
  orchard = await createRule('orchard-rule', 'Orchard rule')
  const { buildSite } = await import('../../site/build')
  await buildSite({ payload: bff.payload, outDir, log: () => {} })
})

afterAll(async () => {
  await bff?.stop()
  rmSync(outDir, { recursive: true, force: true })
})

describe('reporting a rule (POST /api/rules/:idOrSlug/reports)', () => {
  it('takes a JSON report by id, without an account, and keeps no raw address', async () => {
    const response = await report(garden.id, '203.0.113.7').send({ reason: 'spam', note: '  Advertising  ' })
    expect(response.status).toBe(201)
    expect(response.body).toEqual({ ok: true })
    const [stored] = await reportsOf(garden.id)
    expect(stored).toMatchObject({ reason: 'spam', note: 'Advertising', status: 'open' })
    expect(stored!.reporter).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('203.0.113.7')
  })

  it('takes a plain HTML form post by slug and answers 303 back to the rule page', async () => {
    const response = await report(garden.slug)
      .type('form')
      .set('origin', 'http://localhost:3998')
      .send({ reason: 'harassment', note: '' })
    expect(response.status).toBe(303)
    expect(response.headers.location).toBe('/rules/garden-rule/#report-sent')
    const stored = (await reportsOf(garden.id)).at(-1)!
    expect(stored).toMatchObject({ reason: 'harassment', status: 'open' })
    expect(stored.note ?? null).toBeNull()
  })

  it('refuses a cross-site form post', async () => {
    const response = await report(garden.slug)
      .type('form')
      .set('origin', 'https://evil.example')
      .send({ reason: 'spam' })
    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('forbidden_origin')
  })

  it('validates JSON with the error contract, and sends a form back with a message', async () => {
    const bad = await report(garden.id).send({ reason: 'boring' })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toMatchObject({ code: 'validation_failed' })
    expect(bad.body.error.requestId).toBe(bad.headers['x-request-id'])
    expect(bad.body.details[0].path).toBe('reason')
    const long = await report(garden.id).send({ reason: 'other', note: 'x'.repeat(1001) })
    expect(long.status).toBe(400)
    expect(long.body.details[0].path).toBe('note')
    const form = await report(garden.slug).type('form').send({ note: 'no reason' })
    expect(form.status).toBe(303)
    expect(form.headers.location).toBe('/rules/garden-rule/#report-invalid')
  })

  it('answers 404 for an unknown rule (a form post goes to the page, which says so)', async () => {
    const json = await report('no-such-rule').send({ reason: 'spam' })
    expect(json.status).toBe(404)
    expect(json.body.error.code).toBe('not_found')
    const form = await report('no-such-rule').type('form').send({ reason: 'spam' })
    expect(form.status).toBe(303)
    expect(form.headers.location).toBe('/rules/no-such-rule/')
  })

  it('limits reports to 5 per rule and 20 in all per client and hour', async () => {
    const ip = '203.0.113.50'
    for (let i = 0; i < 5; i++) expect((await report(orchard.id, ip).send({ reason: 'other' })).status).toBe(201)
    const limited = await report(orchard.id, ip).send({ reason: 'other' })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('rate_limited')
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    const form = await report(orchard.slug, ip).type('form').send({ reason: 'other' })
    expect(form.status).toBe(303)
    expect(form.headers.location).toBe('/rules/orchard-rule/#report-limited')

    const busy = '203.0.113.51'
    const rules = [garden, orchard, await createRule('third-rule'), await createRule('fourth-rule')]
    for (const rule of rules)
      for (let i = 0; i < 5; i++) expect((await report(rule.id, busy).send({ reason: 'spam' })).status).toBe(201)
    const fifth = await createRule('fifth-rule')
    expect((await report(fifth.id, busy).send({ reason: 'spam' })).status).toBe(429)
  })

  it('puts a "Report this rule" form on the rule page, without JavaScript', () => {
    const page = read('rules/garden-rule/index.html')
    expect(page).toContain('<summary>Report this rule</summary>')
    expect(page).toContain('<form class="report-form" method="post" action="/api/rules/garden-rule/reports">')
    expect(page.match(/type="radio" name="reason"/g)).toHaveLength(5)
    expect(page).toContain('<textarea id="report-note" name="note"')
    expect(page).toContain('id="report-sent"')
  })
})

describe('hiding a rule with a reason, and restoring it', () => {
  const reason = 'Spam & <b>advertising</b>'

  it('refuses to hide a rule without a reason', async () => {
    await expect(
      bff.payload.update({
        collection: 'rules',
        id: garden.id,
        data: { hidden: true },
        overrideAccess: true,
        context: { disableSiteBuild: true },
      }),
    ).rejects.toThrow(/hiddenReason|reason/i)
  })

  it('answers 410 with the reason, leaves listings, sitemap and feed, and actions the open reports', async () => {
    const open = await reportsOf(garden.id)
    await bff.payload.update({
      collection: 'rule-reports',
      id: open[0]!.id,
      data: { status: 'dismissed' },
      overrideAccess: true,
    })
    await bff.payload.update({
      collection: 'rules',
      id: garden.id,
      data: { hidden: true, hiddenReason: reason },
      overrideAccess: true,
    })
    const statuses = (await reportsOf(garden.id)).map((r) => r.status)
    expect(statuses[0]).toBe('dismissed')
    expect(statuses.slice(1).every((s) => s === 'actioned')).toBe(true)

    await waitFor(() => existsSync(path.join(outDir, '_gone/rules/garden-rule/index.html')))
    await waitFor(() => !existsSync(path.join(outDir, 'rules/garden-rule')))
    const gone = await request(bff.app).get('/rules/garden-rule/')
    expect(gone.status).toBe(410)
    expect(gone.headers['content-type']).toMatch(/text\/html/)
    expect(gone.text).toContain('This rule has been removed')
    expect(gone.text).toContain('Spam &amp; &lt;b&gt;advertising&lt;/b&gt;')
    expect(gone.text).not.toContain('<b>advertising</b>')
    expect(gone.text).not.toContain('Garden rule')
    expect(gone.text).toContain('<link rel="canonical" href="http://localhost:3998/rules/garden-rule/">')
    expect(gone.text).toContain('<meta name="robots" content="noindex">')
    expect((await request(bff.app).get('/rules/garden-rule')).status).toBe(410)
    expect((await request(bff.app).get('/rules/garden-rule/rule.md')).status).toBe(410)
    // The tombstones' folder is never served as it is.
    expect((await request(bff.app).get('/_gone/rules/garden-rule/index.html')).status).toBe(404)
    expect((await request(bff.app).get('/%5Fgone/rules/garden-rule/')).status).toBe(404)
    expect((await request(bff.app).get('/rules/../_gone/rules/garden-rule/')).status).toBe(404)
    // Unknown pages still 404.
    expect((await request(bff.app).get('/rules/never-was/')).status).toBe(404)
    // Nor is a build's marker file served (site/build-marker.ts; one stays after a killed build).
    const { BUILD_MARKER } = await import('../../site/build-marker')
    writeFileSync(path.join(outDir, BUILD_MARKER), '12345\n')
    expect((await request(bff.app).get(`/${BUILD_MARKER}`)).status).toBe(404)
    rmSync(path.join(outDir, BUILD_MARKER))

    for (const file of ['index.html', 'rules/index.html', 'sitemap.xml', 'feed.xml'])
      expect(read(file)).not.toContain('garden-rule')
    expect((await report(garden.id).send({ reason: 'spam' })).status).toBe(404)
    expect((await request(bff.app).get(`/api/rules/${garden.id}`)).status).toBe(404)
  })

  it('rewrites the 410 page when the reason changes', async () => {
    await bff.payload.update({
      collection: 'rules',
      id: garden.id,
      data: { hiddenReason: 'Copied from another community without permission.' },
      overrideAccess: true,
    })
    await waitFor(() => read('_gone/rules/garden-rule/index.html').includes('without permission'))
    expect((await request(bff.app).get('/rules/garden-rule/')).text).toContain('without permission')
  })

  it('restores the page, and removes the 410 page', async () => {
    await bff.payload.update({ collection: 'rules', id: garden.id, data: { hidden: false }, overrideAccess: true })
    await waitFor(() => existsSync(path.join(outDir, 'rules/garden-rule/index.html')))
    await waitFor(() => !existsSync(path.join(outDir, '_gone/rules/garden-rule')))
    const page = await request(bff.app).get('/rules/garden-rule/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('Garden rule')
    expect(read('sitemap.xml')).toContain('/rules/garden-rule/')
    const rule = await bff.payload.findByID({ collection: 'rules', id: garden.id, overrideAccess: true })
    expect(rule.hiddenReason ?? null).toBeNull()
  })
})

describe('reports are written by the BFF only', () => {
  const asMemberOverRest = () => ({
    overrideAccess: false,
    user: { id: memberId, email: 'mod@example.org', collection: 'members' } as never,
    req: { payloadAPI: 'REST' } as Partial<PayloadRequest>,
  })
  const anonymousOverRest = { overrideAccess: false, req: { payloadAPI: 'REST' } as Partial<PayloadRequest> }
  const data = () => ({ rule: orchard.id, reason: 'spam' as const, status: 'open' as const })

  it('refuses anonymous and member creates and reads, over REST or through the Local API', async () => {
    await expect(
      bff.payload.create({ collection: 'rule-reports', data: data(), ...anonymousOverRest }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      bff.payload.create({ collection: 'rule-reports', data: data(), ...asMemberOverRest() }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      bff.payload.create({
        collection: 'rule-reports',
        data: data(),
        overrideAccess: false,
        user: { id: memberId, collection: 'members' } as never,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(bff.payload.find({ collection: 'rule-reports', ...anonymousOverRest })).rejects.toThrow(/not allowed/i)
    await expect(bff.payload.find({ collection: 'rule-reports', ...asMemberOverRest() })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('keeps hiddenReason out of public reads and filters', async () => {
    await bff.payload.update({
      collection: 'rules',
      id: orchard.id,
      data: { hidden: true, hiddenReason: 'Private reason' },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
    const visible = await bff.payload.find({ collection: 'rules', depth: 0, ...anonymousOverRest })
    expect(visible.docs.length).toBeGreaterThan(0)
    expect(visible.docs.map((d) => d.id)).not.toContain(orchard.id)
    expect(JSON.stringify(visible.docs)).not.toContain('hiddenReason')
    expect(JSON.stringify(visible.docs)).not.toContain('"hidden"')
    const filtered = await bff.payload
      .find({ collection: 'rules', where: { hiddenReason: { equals: 'Private reason' } }, ...anonymousOverRest })
      .then((r) => r.docs.map((d) => d.id))
      .catch(() => [])
    expect(filtered).not.toContain(orchard.id)
  })
})
