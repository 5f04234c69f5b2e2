/**
 * Page JavaScript budgets (SPEC §6) as a real Chromium sees them: every JavaScript response of a page
 * load is recorded and gzipped with zlib (default level, as components/budget.mjs counts), and the
 * total is held against the budget constants of components/budget.mjs. Also checks that the create
 * flow's later steps are downloaded when reached, not with the page (no script tag or modulepreload
 * pulls them early), and that a step whose chunk fails to download says so and recovers. The flow
 * itself is covered step by step by create-flow.e2e.ts.
 */
import { expect, test, type Page } from '@playwright/test'
import { gzipSync } from 'node:zlib'
import { CREATE_PAGE_BUDGET, RULE_PAGE_BUDGET } from '../../components/budget.mjs'
import { mailCount, readOtpCode } from './support'

/** Records every JavaScript response `page` receives: URL path → gzip bytes of its body. */
function recordScripts(page: Page) {
  const scripts = new Map<string, number>()
  const pending: Array<Promise<void>> = []
  page.on('response', (response) => {
    const isScript =
      response.request().resourceType() === 'script' || /javascript/.test(response.headers()['content-type'] ?? '')
    if (!isScript || response.status() >= 300) return
    pending.push(
      response.body().then(
        (body) => void scripts.set(new URL(response.url()).pathname, gzipSync(body).length),
        () => undefined,
      ),
    )
  })
  return {
    /** The recorded scripts once every body has been read. */
    async settled(): Promise<Map<string, number>> {
      await page.waitForLoadState('networkidle')
      await Promise.all(pending)
      return scripts
    },
  }
}

const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0)
const list = (scripts: Map<string, number>) => [...scripts].map(([url, bytes]) => `${url} ${bytes} B`).join(', ')
const flow = (page: Page) => page.locator('cr-create-flow')
/** On-demand chunks are named after the module they were split at (components/build.mjs). */
const lazyChunk = {
  sections: /\/chunks\/step-sections-\w+\.js$/,
  library: /\/chunks\/cr-method-library-\w+\.js$/,
  finish: /\/chunks\/finish-\w+\.js$/,
  signIn: /\/chunks\/cr-sign-in-\w+\.js$/,
}
const loaded = (scripts: Map<string, number>, chunk: RegExp) => [...scripts.keys()].some((url) => chunk.test(url))

test('/create/ on a first visit downloads at most CREATE_PAGE_BUDGET of JavaScript; later steps come when reached', async ({
  page,
}) => {
  const recorder = recordScripts(page)
  await page.goto('/create/')
  await expect(flow(page).getByRole('button', { name: 'Start a blank rule' })).toBeVisible()
  await expect(flow(page).locator('cr-template-picker button[part=card]').first()).toBeVisible()
  const firstView = new Map(await recorder.settled())
  console.log(`/create/ first view: ${total(firstView)} B gz in ${firstView.size} files: ${list(firstView)}`)
  expect(total(firstView)).toBeLessThanOrEqual(CREATE_PAGE_BUDGET)
  for (const chunk of Object.values(lazyChunk)) expect(loaded(firstView, chunk), String(chunk)).toBe(false)
  // The page names its entry and preloads only that entry's static imports.
  const preloads = await page
    .locator('link[rel=modulepreload]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname))
  expect(preloads.length).toBeGreaterThan(0)
  for (const href of preloads) expect(firstView.has(href), href).toBe(true)
  expect(await page.locator('script[src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src))).toEqual([
    expect.stringMatching(/\/assets\/create\.[0-9a-f]{10}\.js$/),
    expect.stringMatching(/\/assets\/vitals\.[0-9a-f]{10}\.js$/),
  ])

  // The journey: each later step's chunk arrives by the time the step shows (warmed one step ahead).
  await flow(page).getByRole('button', { name: 'Start a blank rule' }).click()
  await page.getByLabel('Rule title').fill('Page weight rule')
  await page.getByRole('button', { name: 'Continue' }).click()
  await flow(page).getByRole('button', { name: 'Add section' }).click()
  await flow(page)
    .getByRole('button', { name: /Browse the methods library/ })
    .click()
  await expect(flow(page).getByRole('searchbox', { name: 'Search methods' })).toBeVisible()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(flow(page).getByRole('heading', { level: 1, name: 'Page weight rule' })).toBeVisible()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByLabel('Email address')).toBeVisible()
  const journey = await recorder.settled()
  for (const chunk of Object.values(lazyChunk)) expect(loaded(journey, chunk), String(chunk)).toBe(true)
  console.log(`/create/ full journey to the sign-in form: ${total(journey)} B gz in ${journey.size} files`)
})

test('a rule page downloads at most RULE_PAGE_BUDGET of JavaScript', async ({ page, request }) => {
  const email = `weight-${Date.now()}@example.org`
  const after = mailCount()
  expect((await request.post('/api/auth/otp/request', { data: { email } })).status()).toBe(202)
  const code = await readOtpCode(email, { after })
  expect((await request.post('/api/auth/otp/verify', { data: { email, code } })).status()).toBe(200)
  const title = `Weighed rule ${Date.now().toString(36)}`
  const document = { title, sections: [{ id: 'values', kind: 'values', title: 'What we value', body: 'Care.' }] }
  const published = await request.post('/api/rules', {
    data: { title, document },
    headers: { 'idempotency-key': `weight-${Date.now()}` },
  })
  expect(published.status()).toBe(201)
  const { rule } = await published.json()
  await expect
    .poll(async () => (await (await request.get(`/api/rules/${rule.id}`)).json()).rule.live, { timeout: 10_000 })
    .toBe(true)

  const recorder = recordScripts(page)
  await page.goto(`/rules/${rule.slug}/`)
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible()
  const scripts = await recorder.settled()
  console.log(`rule page: ${total(scripts)} B gz in ${scripts.size} files: ${list(scripts)}`)
  expect([...scripts.keys()].map((url) => url.replace(/\.[0-9a-f]{10}\.js$/, '.js')).sort()).toEqual([
    '/assets/rule-actions.js',
    '/assets/vitals.js',
  ])
  expect(total(scripts)).toBeLessThanOrEqual(RULE_PAGE_BUDGET)
})

test('a part whose chunk cannot be downloaded says so, keeps the work, and loads on "try again"', async ({ page }) => {
  await page.route(lazyChunk.library, (route) => route.abort('internetdisconnected'))
  await page.goto('/create/')
  await flow(page).getByRole('button', { name: 'Start a blank rule' }).click()
  await page.getByLabel('Rule title').fill('Rule written offline')
  await page.getByRole('button', { name: 'Continue' }).click()
  await flow(page).getByRole('button', { name: 'Add section' }).click()
  await flow(page).getByLabel('Section title').fill('Written offline')
  await flow(page)
    .getByRole('button', { name: /Browse the methods library/ })
    .click()
  const problem = flow(page).getByRole('alert').filter({ hasText: 'could not be downloaded' })
  await expect(problem).toBeVisible()
  await page.unroute(lazyChunk.library)
  await problem.getByRole('button', { name: 'try again' }).click()
  await expect(flow(page).getByRole('searchbox', { name: 'Search methods' })).toBeVisible()
  await expect(flow(page).getByLabel('Section title')).toHaveValue('Written offline')
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByLabel('Rule title')).toHaveValue('Rule written offline')
})
