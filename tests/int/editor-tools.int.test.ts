/**
 * The editors' tools around the admin (issue 12): the template preview (a draft rendered exactly as
 * its page will be, for editors only), the record of site builds and the dashboard's figures, and
 * who may open the users collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import request from 'supertest'
import { signIn, startTestBff } from '../support/bff'
import { dashboardFigures } from '@communityrule/core/data/dashboard'
import { lastSiteBuild, recordSiteBuild } from '@communityrule/core/data/site-builds'

let bff: Awaited<ReturnType<typeof startTestBff>>
let adminCookie: string
let editorCookie: string
let editorId: string
let memberCookie: string

const PASSWORD = 'correct horse battery staple'

async function staffCookie(email: string): Promise<string> {
  const { token } = await bff.payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  return `payload-token=${token}`
}

beforeAll(async () => {
  bff = await startTestBff('editor-tools')
  await (await import('../../cms/seed/index')).seedRuleTemplates({ payload: bff.payload })
  // The first account becomes the admin (cms/collections/Users/hooks/firstUserIsAdmin.ts).
  await bff.payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: PASSWORD, role: 'editor' },
  })
  const editor = await bff.payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: PASSWORD, role: 'editor' },
  })
  editorId = String(editor.id)
  adminCookie = await staffCookie('admin@example.org')
  editorCookie = await staffCookie('editor@example.org')
  ;({ cookie: memberCookie } = await signIn(bff, 'member@example.org'))
})
afterAll(async () => {
  await bff?.stop()
})

describe('template preview', () => {
  async function draftOfFirstTemplate() {
    const { docs } = await bff.payload.find({ collection: 'rule-templates', limit: 1, sort: 'sortOrder' })
    const template = docs[0]!
    const draftTitle = `${template.title} (draft ${Date.now()})`
    await bff.payload.update({
      collection: 'rule-templates',
      id: template.id,
      data: { title: draftTitle, _status: 'draft' },
      draft: true,
    })
    return { template, draftTitle }
  }

  it('shows an editor the latest draft as the page will look, and leaves the published one alone', async () => {
    const { template, draftTitle } = await draftOfFirstTemplate()
    const preview = await request(bff.app)
      .get(`/preview/templates/${template.id}`)
      .set('cookie', editorCookie)
      .set('sec-fetch-site', 'same-origin')
    expect(preview.status).toBe(200)
    expect(preview.headers['content-type']).toMatch(/text\/html/)
    expect(preview.headers['cache-control']).toBe('no-store')
    expect(preview.text).toContain(draftTitle) // the draft's title…
    expect(preview.text).toContain('Preview of an unpublished draft')
    expect(preview.text).toContain('<meta name="robots" content="noindex">')
    // …in the site's own layout (the template page's header and the gallery link).
    expect(preview.text).toContain('data-page=')
    expect(preview.text).toMatch(/<link rel="stylesheet" href="\/assets\/site\.[0-9a-f]+\.css"/)
    // The published version is what the public API still serves.
    const published = await request(bff.app).get(`/api/templates/${template.slug}`)
    expect(published.body.template.title).toBe(template.title)
  })

  it('is for CMS staff only: no cookie or a member cookie gets 401 and a sign-in link', async () => {
    const { template } = await draftOfFirstTemplate()
    // An editor's cookie sent from another site counts for nothing either (Payload's CSRF rule).
    const visitors = [
      { cookie: '', site: 'same-origin' },
      { cookie: memberCookie, site: 'same-origin' },
      { cookie: editorCookie, site: 'cross-site' },
    ]
    for (const { cookie, site } of visitors) {
      const res = await request(bff.app)
        .get(`/preview/templates/${template.id}`)
        .set('cookie', cookie)
        .set('sec-fetch-site', site)
      expect(res.status).toBe(401)
      expect(res.text).toContain('/admin/login?redirect=')
      expect(res.text).not.toContain(template.title)
    }
  })

  it('answers 404 for a template that does not exist', async () => {
    const res = await request(bff.app)
      .get('/preview/templates/00000000-0000-4000-8000-000000000000')
      .set('cookie', adminCookie)
      .set('sec-fetch-site', 'same-origin')
    expect(res.status).toBe(404)
  })
})

describe('site builds and the dashboard', () => {
  it('records a build that changed pages, with the pages that failed, and keeps no empty ones', async () => {
    const before = await lastSiteBuild(bff.payload)
    await recordSiteBuild(bff.payload, { kind: 'incremental', pages: 0, removed: 0, seconds: 0.01, failures: [] })
    expect((await lastSiteBuild(bff.payload))?.id).toBe(before?.id)
    await recordSiteBuild(bff.payload, {
      kind: 'incremental',
      pages: 3,
      removed: 1,
      seconds: 0.25,
      failures: [{ kind: 'rule', id: 'r1', slug: 'broken-rule', reason: 'title: Invalid input' }],
    })
    const last = await lastSiteBuild(bff.payload)
    expect(last).toMatchObject({ kind: 'incremental', pages: 3, removed: 1, seconds: 0.25 })
    expect(last?.failures?.map((f) => [f.slug, f.reason])).toEqual([['broken-rule', 'title: Invalid input']])
  })

  it('records the build a publish triggers, and counts this week’s rules and the templates in draft', async () => {
    const figuresBefore = await dashboardFigures(bff.payload)
    const published = await request(bff.app)
      .post('/api/rules')
      .set('cookie', memberCookie)
      .set('idempotency-key', `dash-${Date.now()}`)
      .send({
        title: 'Dashboard rule',
        document: {
          title: 'Dashboard rule',
          sections: [{ id: 'values', kind: 'values', title: 'Values', body: 'We share.' }],
        },
      })
    expect(published.status).toBe(201)
    const { publishPending } = await import('../../site/publish')
    await publishPending(bff.payload)
    const figures = await dashboardFigures(bff.payload)
    expect(figures.rulesThisWeek).toBe(figuresBefore.rulesThisWeek + 1)
    expect(figures.templatesInDraft).toBeGreaterThanOrEqual(1) // the preview tests left drafts
    expect(figures.lastBuild).toMatchObject({ kind: 'incremental' })
    expect(figures.lastBuild!.pages).toBeGreaterThan(0)
  })

  it('site builds are for editors to read; nobody writes them through the API', async () => {
    // Through the Local API with the editor as user (tests/e2e/access-matrix.e2e.ts covers /cms-api).
    const editor = await bff.payload.findByID({ collection: 'users', id: editorId })
    const read = await bff.payload.find({ collection: 'site-builds', overrideAccess: false, user: editor })
    expect(read.totalDocs).toBeGreaterThan(0)
    await expect(
      bff.payload.create({
        collection: 'site-builds',
        data: { kind: 'full', pages: 1, removed: 0, seconds: 1 },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('roles', () => {
  it('an editor sees only their own account; an admin sees every user', async () => {
    const editor = await bff.payload.findByID({ collection: 'users', id: editorId })
    const asEditor = await bff.payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(asEditor.docs.map((u) => u.email)).toEqual(['editor@example.org'])
    const admin = (await bff.payload.find({ collection: 'users', where: { email: { equals: 'admin@example.org' } } }))
      .docs[0]!
    expect(admin.role).toBe('admin')
    const asAdmin = await bff.payload.find({ collection: 'users', overrideAccess: false, user: admin })
    expect(asAdmin.docs.map((u) => u.email).sort()).toEqual(['admin@example.org', 'editor@example.org'])
  })
})
