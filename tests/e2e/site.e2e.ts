import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { dbQuery, mailCount, readOtpCode } from './support'

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

// The rule page type is checked by the publish→live test below (on a rule it publishes).
test.describe('site pages are accessible', () => {
  const pages: Array<[string, () => Promise<string>]> = [
    ['home', async () => '/'],
    ['how it works', async () => '/how-it-works/'],
    ['templates', async () => '/templates/'],
    ['template', async () => '/templates/lazy-consensus/'],
    ['methods', async () => '/methods/'],
    ['method', async () => '/methods/consent/'],
    ['rules', async () => '/rules/'],
    ['create', async () => '/create/'],
    ['sign-in', async () => '/sign-in/'],
    ['account', async () => '/account/'],
    ['search', async () => '/search/?q=consent'],
    ['404', async () => '/no-such-page/'],
  ]
  for (const [name, url] of pages) {
    test(`${name}: no serious or critical axe violations`, async ({ page }) => {
      await page.goto(await url())
      await expect(page.locator('main')).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})

test('a rule published through the API is live within seconds and offers its share actions', async ({
  page,
  request,
}) => {
  const email = `e2e-site-${Date.now()}@example.org`
  const after = mailCount()
  expect((await request.post('/api/auth/otp/request', { data: { email } })).status()).toBe(202)
  const code = await readOtpCode(email, { after })
  expect((await request.post('/api/auth/otp/verify', { data: { email, code } })).status()).toBe(200)

  const title = `E2E live rule ${Date.now().toString(36).slice(-6)}`
  const document = {
    title,
    community: { name: 'E2E community', description: 'A community that only exists in tests.' },
    sections: [
      { id: 'values', kind: 'values', title: 'What we value', body: 'Care and *candour*.' },
      {
        id: 'decisions',
        kind: 'decisions',
        title: 'How we decide',
        body: 'Lazy consensus:\n\n- post a proposal\n- wait 7 days',
        modules: [{ id: 'lazy-consensus', name: 'Lazy consensus' }],
      },
    ],
  }
  const started = Date.now()
  const published = await request.post('/api/rules', {
    data: { title, document },
    headers: { 'idempotency-key': `e2e-site-${Date.now()}` },
  })
  expect(published.status()).toBe(201)
  const { rule } = await published.json()
  const slug = rule.slug as string
  await expect
    .poll(async () => (await (await request.get(`/api/rules/${rule.id}`)).json()).rule.live, {
      timeout: 10_000,
      intervals: [100],
    })
    .toBe(true)
  expect((await request.get(`/rules/${slug}/`)).status()).toBe(200)
  console.log(`publish→live: ${Date.now() - started} ms`)

  await page.goto(`/rules/${slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('heading', { name: 'How we decide' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Start from this rule' })).toHaveAttribute(
    'href',
    `/create/?from=${slug}`,
  )
  // The enhancement reveals the copy and print buttons (CSP allows only same-origin scripts).
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible()
  const markdown = await request.get(`/rules/${slug}/rule.md`)
  expect(markdown.headers()['content-type']).toMatch(/^text\/markdown/)
  expect(await markdown.text()).toContain(`# ${title}\n`)
  expect(await seriousViolations(page)).toEqual([])

  const [row] = await dbQuery<{ built_at: Date | null }>('select built_at from rules where slug = $1', [slug])
  expect(row!.built_at).not.toBeNull()
  await expect.poll(async () => (await request.get('/sitemap.xml')).text()).toContain(`/rules/${slug}/`)
  await page.goto('/rules/')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
})

test('rules no build can render (planted in Postgres before start) are skipped and counted; the rest of the site is live', async ({
  request,
}) => {
  // scripts/e2e-server.ts planted them before `npm start` ran: the product started anyway.
  const planted = await dbQuery<{ slug: string; built_at: Date | null }>(
    "select slug, built_at from rules where title like 'Planted %'",
  )
  expect(planted.map((rule) => rule.slug).sort()).toEqual(['index.html', 'planted-broken-document'])
  expect(planted.every((rule) => rule.built_at === null)).toBe(true)
  expect((await request.get('/rules/planted-broken-document/')).status()).toBe(404)
  const listing = await request.get('/rules/')
  expect(listing.status()).toBe(200)
  expect(await listing.text()).not.toContain('Planted')
  expect(await (await request.get('/')).text()).toContain('CommunityRule')
  const metrics = await (await request.get('/metrics')).text()
  const skipped = Number(/^cr_site_page_failures_total\{kind="rule"\} (\d+)/m.exec(metrics)?.[1])
  expect(skipped).toBeGreaterThanOrEqual(2)
})
