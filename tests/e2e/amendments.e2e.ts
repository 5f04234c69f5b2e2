/**
 * A rule's life, in Chromium: publish → amend twice from the rule page (the second time after
 * someone else amended first) → the history and "what changed" pages, each accessible.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { mailCount, readInviteLink, readOtpCode } from './support'

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Signs the page's browser context in by emailed code (its request context shares the cookies). */
async function signIn(request: APIRequestContext, email: string) {
  const after = mailCount()
  expect((await request.post('/api/auth/otp/request', { data: { email } })).status()).toBe(202)
  const code = await readOtpCode(email, { after })
  expect((await request.post('/api/auth/otp/verify', { data: { email, code } })).status()).toBe(200)
}

const live = async (request: APIRequestContext, slug: string, version: number) =>
  expect
    .poll(
      async () => {
        const { rule } = await (await request.get(`/api/rules/${slug}`)).json()
        return rule.version === version && rule.live
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toBe(true)

test('a steward amends a rule from its page, invites a co-steward who amends it too, and withdraws it', async ({
  page,
  browser,
}) => {
  const run = Date.now().toString(36).slice(-6)
  const request = page.request
  await signIn(request, `e2e-amend-${run}@example.org`)
  const title = `E2E amended rule ${run}`
  const document = {
    title,
    sections: [
      { id: 'values', kind: 'values', title: 'What we value', body: 'Care and candour.' },
      { id: 'decisions', kind: 'decisions', title: 'How we decide', body: 'Lazy consensus with a 7-day window.' },
    ],
  }
  const published = await request.post('/api/rules', {
    data: { title, document },
    headers: { 'idempotency-key': `e2e-amend-${run}` },
  })
  expect(published.status()).toBe(201)
  const { slug } = (await published.json()).rule as { slug: string }
  await live(request, slug, 1)

  // -- amend from the rule page, in the create flow --
  await page.goto(`/rules/${slug}/`)
  await expect(page.locator('.rule-header .tag')).toContainText('Version 1')
  await page.getByRole('link', { name: 'Amend this rule' }).click()
  const flow = page.locator('cr-create-flow')
  await expect(flow.locator('#amending')).toContainText(`You are amending “${title}” (version 1)`)
  await expect(flow.getByRole('heading', { name: 'Sections', level: 2 })).toBeVisible()
  await flow.locator('#f-decisions-body').fill('Lazy consensus with a 14-day window.')
  await flow.getByRole('button', { name: 'Continue' }).click()
  await expect(flow.getByRole('heading', { name: 'Review your rule' })).toBeVisible()
  await flow.getByRole('button', { name: 'Continue' }).click()
  // The note is required: publishing without one says so at the field.
  await flow.getByRole('button', { name: 'Publish amendment' }).click()
  await expect(flow.locator('#error-summary')).toContainText('Say what changed and why')
  await flow.getByLabel('What changed and why').fill('Two weeks to object, not one.')
  await flow.getByLabel('How it was adopted').fill('consent')
  expect(await seriousViolations(page)).toEqual([])
  await flow.getByRole('button', { name: 'Publish amendment' }).click()
  await expect(flow.getByText('Version 2 of your rule is live')).toBeVisible({ timeout: 15_000 })

  await flow.locator('#live-link').click()
  await expect(page.locator('.rule-header .tag')).toContainText('Version 2 · amended')
  await expect(page.locator('.rule-document').getByText('14-day window')).toBeVisible()
  await page.locator('.rule-header').getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of this rule')
  await expect(page.getByText('Two weeks to object, not one.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Consent' })).toHaveAttribute('href', '/methods/consent/')
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'What changed from version 1' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed in version 2')
  await expect(page.locator('del')).toContainText('7')
  await expect(page.locator('ins')).toContainText('14')
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('link', { name: 'Read version 1' }).click()
  await expect(page.getByText('This is an earlier version of this rule.')).toBeVisible()
  await expect(page.locator('.rule-document').getByText('7-day window')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  // "Duplicate" from any version: a new draft starts from that version's text.
  await page.getByRole('link', { name: 'Start a new rule from this version' }).click()
  await expect(flow.getByRole('heading', { name: 'Your rule and community' })).toBeVisible()
  await expect(flow.getByLabel('Rule title')).toHaveValue(title)
  await flow.getByRole('button', { name: 'Continue' }).click()
  await expect(flow.locator('#f-decisions-body')).toHaveValue('Lazy consensus with a 7-day window.')

  // -- the second amendment: someone amends first while this one is being written --
  await page.goto(`/create/?amend=${slug}`)
  await expect(flow.locator('#amending')).toContainText('(version 2)')
  await flow.locator('#f-values-body').fill('Care, candour and rest.')
  const current = (await (await request.get(`/api/rules/${slug}`)).json()).rule
  const meanwhile = await request.post(`/api/rules/${slug}/versions`, {
    data: {
      title,
      document: { ...current.document, sections: [...current.document.sections].reverse() },
      note: 'Decisions first.',
    },
    headers: { 'idempotency-key': `e2e-amend-meanwhile-${run}`, 'if-match': '2' },
  })
  expect(meanwhile.status()).toBe(201)
  await flow.getByRole('button', { name: 'Continue' }).click()
  await flow.getByRole('button', { name: 'Continue' }).click()
  await flow.getByLabel('What changed and why').fill('Rest is a value too.')
  await flow.getByRole('button', { name: 'Publish amendment' }).click()
  const conflict = flow.locator('#amend-conflict')
  await expect(conflict).toContainText('version 3 is now current')
  await expect(conflict.getByRole('link', { name: 'See what changed in version 3' })).toHaveAttribute(
    'href',
    `/rules/${slug}/v/3/changes/`,
  )
  // Nothing typed was lost.
  await expect(flow.getByLabel('What changed and why')).toHaveValue('Rest is a value too.')
  await conflict.getByRole('button', { name: 'Publish on top of version 3' }).click()
  await expect(flow.getByText('Version 4 of your rule is live')).toBeVisible({ timeout: 15_000 })
  await live(request, slug, 4)
  const history = await (await request.get(`/api/rules/${slug}/versions`)).json()
  expect(history.items.map((v: { number: number; note?: string }) => [v.number, v.note ?? null])).toEqual([
    [4, 'Rest is a value too.'],
    [3, 'Decisions first.'],
    [2, 'Two weeks to object, not one.'],
    [1, null],
  ])
  // Version 4 is the member's own text: they chose to publish it over version 3, having been shown what changed.
  const rule4 = (await (await request.get(`/api/rules/${slug}`)).json()).rule
  expect(rule4.document.sections.find((s: { id: string }) => s.id === 'values').body).toBe('Care, candour and rest.')

  // -- a co-steward, invited by email from the account page, amends it too --
  const coEmail = `e2e-co-${run}@example.org`
  const sent = mailCount()
  await page.goto('/account/')
  const account = page.locator('cr-account')
  // A display name: the rule page names its stewards by it.
  await account.getByLabel('Display name').fill(`Ada ${run}`)
  await account.getByRole('button', { name: 'Save' }).click()
  await expect
    .poll(async () => (await request.get(`/rules/${slug}/`)).text(), { timeout: 10_000, intervals: [100] })
    .toContain(`Stewarded by Ada ${run}.`)
  const exported = await request.get('/api/account/export')
  expect((await exported.json()).rules.find((r: { slug: string }) => r.slug === slug).versions).toHaveLength(4)
  await account.getByRole('button', { name: `Stewards of ${title}` }).click()
  await account.getByLabel('Invite a steward by email').fill(coEmail)
  await account.getByRole('button', { name: 'Send invitation' }).click()
  await expect(account.getByText(`${coEmail} — invited`)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  const link = new URL(await readInviteLink(coEmail, { after: sent }))
  const co = await browser.newContext({ baseURL: new URL(page.url()).origin })
  const coPage = await co.newPage()
  await signIn(coPage.request, coEmail)
  await coPage.goto(`${link.pathname}${link.search}`)
  await expect(coPage.locator('cr-account #account-notice')).toHaveText(`You are now a steward of “${title}”.`)
  await coPage.goto(`/rules/${slug}/`)
  await coPage.getByRole('link', { name: 'Amend this rule' }).click()
  const coFlow = coPage.locator('cr-create-flow')
  await expect(coFlow.locator('#amending')).toContainText('(version 4)')
  await coFlow.locator('#f-decisions-body').fill('Lazy consensus with a 10-day window.')
  await coFlow.getByRole('button', { name: 'Continue' }).click()
  await coFlow.getByRole('button', { name: 'Continue' }).click()
  await coFlow.getByLabel('What changed and why').fill('Ten days is enough.')
  await coFlow.getByRole('button', { name: 'Publish amendment' }).click()
  await expect(coFlow.getByText('Version 5 of your rule is live')).toBeVisible({ timeout: 15_000 })
  await co.close()

  // -- a rule started from it, then the steward withdraws it from their account page --
  const ruleId = rule4.id as string
  await live(request, slug, 5)
  const forked = await request.post('/api/rules', {
    data: { title: `Started from ${run}`, document: { ...document, title: `Started from ${run}` }, forkedFrom: ruleId },
    headers: { 'idempotency-key': `e2e-amend-fork-${run}` },
  })
  expect(forked.status()).toBe(201)
  const fork = (await forked.json()).rule as { slug: string }
  await live(request, fork.slug, 1)
  await page.goto('/account/')
  await account.getByRole('button', { name: `Withdraw ${title}` }).click()
  await account.getByLabel('Reason, shown at its address').fill('We merged with another group.')
  expect(await seriousViolations(page)).toEqual([])
  await account.getByRole('button', { name: 'Withdraw this rule' }).click()
  await expect(account.getByRole('link', { name: title, exact: true })).toHaveCount(0)
  await expect
    .poll(async () => (await request.get(`/rules/${slug}/`)).status(), { timeout: 10_000, intervals: [100] })
    .toBe(410)
  await page.goto(`/rules/${slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This rule has been withdrawn')
  await expect(page.getByText('We merged with another group.')).toBeVisible()
  await expect(page.getByText(/at version 5\./)).toBeVisible()
  // The rule started from it still works, and says what became of its source.
  await expect
    .poll(async () => (await request.get(`/rules/${fork.slug}/`)).text(), { timeout: 10_000, intervals: [100] })
    .toContain('Started from a rule that its stewards have since withdrawn.')
  expect((await request.get(`/rules/${fork.slug}/`)).status()).toBe(200)

  // -- the steward moves their account to a new address: a code to it, and this session stays --
  const newEmail = `e2e-moved-${run}@example.org`
  await page.goto('/account/')
  await account.getByRole('button', { name: 'Change email' }).click()
  await account.getByLabel('New email address').fill(newEmail)
  const beforeCode = mailCount()
  await account.getByRole('button', { name: 'Send code' }).click()
  const changeCode = await readOtpCode(newEmail, { after: beforeCode })
  await account.getByLabel(`The code we sent to ${newEmail}`).fill(changeCode)
  expect(await seriousViolations(page)).toEqual([])
  await account.getByRole('button', { name: 'Use this address' }).click()
  await expect(account.getByText(`Email: ${newEmail}`)).toBeVisible()
  await expect(page.locator('cr-session-nav').getByRole('link', { name: newEmail })).toBeVisible()
  expect((await (await request.get('/api/auth/session')).json()).user.email).toBe(newEmail)

  // -- the steward deletes their account: the rule started from it (theirs alone) is kept without an owner --
  await page.goto('/account/')
  await account.getByRole('button', { name: 'Delete my account…' }).click()
  await account
    .getByRole('group', { name: `You alone steward “Started from ${run}”. What becomes of it?` })
    .getByLabel('Keep it published, without an owner')
    .check()
  expect(await seriousViolations(page)).toEqual([])
  await account.getByRole('button', { name: 'Delete my account', exact: true }).click()
  await expect(account.locator('#account-notice')).toHaveText(
    'Your account is deleted. Thank you for using CommunityRule.',
  )
  expect((await (await request.get('/api/auth/session')).json()).user).toBeNull()
  expect((await request.get(`/api/rules/${fork.slug}`)).status()).toBe(200)
})
