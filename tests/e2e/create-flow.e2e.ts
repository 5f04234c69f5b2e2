/**
 * The create flow end to end, against the real server and Postgres, with sign-in codes read from
 * the SMTP sink (.data/e2e-mail.jsonl): full journey with a reload at every step, double-click
 * publish, a keyboard-only run, axe on every step, the community profile ranking the templates, and
 * the flow embedded on a second origin.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import type { RuleTemplate } from '@communityrule/core/schema/api'
import { rankForProfile } from '@communityrule/core/schema/recommend'
import { baseURL } from '../../playwright.config'

const dataDir = path.resolve(import.meta.dirname, '..', '..', '.data')
const port = new URL(baseURL).port
/** Per-port files when the e2e server writes them (several servers may run at once), else the shared ones. */
const dataFile = (name: string, ext: string) => {
  const perPort = path.join(dataDir, `${name}-${port}.${ext}`)
  return existsSync(perPort) ? perPort : path.join(dataDir, `${name}.${ext}`)
}
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

function mailsTo(email: string): Array<{ to: string; text: string }> {
  return readFileSync(dataFile('e2e-mail', 'jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string; text: string })
    .filter((m) => m.to.toLowerCase().includes(email))
}

/** The 6-digit code of the first mail to `email` after the `seen` ones already there. */
async function readCode(email: string, seen = 0): Promise<string> {
  let code: string | undefined
  await expect
    .poll(() => (code = mailsTo(email)[seen]?.text.match(/\b(\d{6})\b/)?.[1]), { timeout: 15_000 })
    .toBeTruthy()
  return code!
}

async function expectAxeClean(page: Page, step: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((v) => `${step}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

const flow = (page: Page) => page.locator('cr-create-flow')
const stepHeading = (page: Page) => flow(page).locator('#step-heading')

async function signInInline(page: Page, email: string): Promise<void> {
  const seen = mailsTo(email).length
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Send me a code' }).click()
  await page.getByLabel('6-digit code').fill(await readCode(email, seen))
}

/** How many of the signed-in member's rules have this title (via the API: the page's cookies). */
async function rulesTitled(page: Page, title: string): Promise<number> {
  const response = await page.request.get(`${baseURL}/api/rules/mine`)
  expect(response.status()).toBe(200)
  const { items } = (await response.json()) as { items: Array<{ title: string }> }
  return items.filter((rule) => rule.title === title).length
}

test('full journey: home → template → edit → sign in → publish → live page, reload keeps the work at every step', async ({
  page,
}) => {
  const title = `Riverside rule ${unique()}`
  const email = `journey-${unique()}@example.org`

  await page.goto('/')
  await page.getByRole('link', { name: 'Lazy Consensus', exact: true }).first().click()
  await page.getByRole('link', { name: 'Use this template' }).click()
  await expect(stepHeading(page)).toHaveText('Your rule and community')
  await expect(page).toHaveURL(/\/create\/$/)
  await expectAxeClean(page, 'community')

  await page.getByLabel('Rule title').fill(title)
  await page.getByLabel('Community name').fill('Riverside Food Co-op')
  await page.reload()
  await expect(page.getByLabel('Rule title')).toHaveValue(title)
  await expect(page.getByLabel('Community name')).toHaveValue('Riverside Food Co-op')

  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(stepHeading(page)).toHaveText('Sections')
  const titles = flow(page).getByLabel('Section title')
  const first = await titles.first().inputValue()
  await titles.first().fill(`${first} (edited)`)
  await flow(page)
    .getByRole('button', { name: /^Move down/ })
    .first()
    .click()
  await expect(titles.nth(1)).toHaveValue(`${first} (edited)`)
  await flow(page).getByLabel('Kind of section').selectOption('custom')
  await flow(page).getByRole('button', { name: 'Add section' }).click()
  await titles.last().fill('Our garden')
  await flow(page).getByLabel('Text').last().fill('We water the *plants* on Mondays.\n\n- tomatoes\n- beans')
  await page.reload()
  await expect(titles.nth(1)).toHaveValue(`${first} (edited)`)
  await expect(titles.last()).toHaveValue('Our garden')
  await expectAxeClean(page, 'sections')

  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(stepHeading(page)).toHaveText('Review your rule')
  await expect(flow(page).getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(flow(page).locator('.rule-section em', { hasText: 'plants' })).toBeVisible()
  await page.reload()
  await expect(flow(page).getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expectAxeClean(page, 'review')

  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(stepHeading(page)).toHaveText('Publish')
  await expectAxeClean(page, 'publish (signed out)')
  await signInInline(page, email)
  const publish = flow(page).getByRole('button', { name: 'Publish rule' })
  await expect(publish).toBeVisible()
  await expect(flow(page).locator('[part=status]')).toContainText('Saved to your account')
  await page.reload()
  await expect(publish).toBeVisible()
  await expectAxeClean(page, 'publish (signed in)')

  await publish.click()
  const live = flow(page).getByRole('link', { name: 'View your published rule' })
  await expect(live).toBeVisible({ timeout: 20_000 })
  await expectAxeClean(page, 'done')
  await page.reload()
  await expect(live).toBeVisible()
  await live.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  expect(await rulesTitled(page, title)).toBe(1)
})

test('community profile: chips rank the templates, the best fit shows why, and the journey goes on', async ({
  page,
}) => {
  const title = `Profiled rule ${unique()}`
  const profile = { organisationKind: 'open-source', sizeBand: '1-5', maturity: 'forming' } as const
  const response = await page.request.get(`${baseURL}/api/templates`)
  expect(response.status()).toBe(200)
  const { templates } = (await response.json()) as { templates: RuleTemplate[] }
  const usual = templates[0]!
  const [best] = rankForProfile(templates, profile)
  expect(best!.recommendation.reason).toMatch(/^Suits /)

  await page.goto('/create/')
  const cards = flow(page).locator('cr-template-picker').getByRole('listitem')
  const firstTitle = cards.first().locator('.title')
  await expect(firstTitle).toHaveText(usual.title)
  await expect(flow(page).locator('cr-template-picker .reason')).toHaveCount(0)

  const chip = (group: string, name: string) =>
    flow(page).getByRole('group', { name: group }).getByRole('button', { name })
  // The chips are downloaded when asked for; opening them puts focus on the first one.
  await flow(page).getByRole('button', { name: 'Describe your community' }).click()
  await expect(chip('Kind of organisation', 'Co-operative')).toBeFocused()
  const openSource = chip('Kind of organisation', 'Open-source project')
  await expect(openSource).toHaveAttribute('aria-pressed', 'false')
  await openSource.click()
  await expect(openSource).toHaveAttribute('aria-pressed', 'true')
  // One value per part: another size replaces the first; pressing the chosen one again clears it.
  await chip('Size', '6–20 people').click()
  await chip('Size', '1–5 people').click()
  await expect(chip('Size', '6–20 people')).toHaveAttribute('aria-pressed', 'false')
  await chip('Where you work', 'Local').click()
  await chip('Where you work', 'Local').click()
  await expect(chip('Where you work', 'Local')).toHaveAttribute('aria-pressed', 'false')
  await chip('How established', 'Just forming').click()

  await expect(firstTitle).toHaveText(best!.title)
  await expect(cards.first().locator('.reason')).toBeVisible()
  await expect(cards.first().locator('.reason')).toHaveText(best!.recommendation.reason)
  await expectAxeClean(page, 'start with a profile')

  // Kept on this device; "Clear your answers" brings the usual order back.
  await page.reload()
  await expect(openSource).toHaveAttribute('aria-pressed', 'true')
  await expect(firstTitle).toHaveText(best!.title)
  await flow(page).getByRole('button', { name: 'Clear your answers' }).click()
  await expect(openSource).toHaveAttribute('aria-pressed', 'false')
  await expect(firstTitle).toHaveText(usual.title)
  for (const [group, name] of [
    ['Kind of organisation', 'Open-source project'],
    ['Size', '1–5 people'],
    ['How established', 'Just forming'],
  ] as const)
    await chip(group, name).click()
  await expect(firstTitle).toHaveText(best!.title)

  await cards.first().getByRole('button').click()
  await expect(stepHeading(page)).toHaveText('Your rule and community')
  await page.getByLabel('Rule title').fill(title)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(stepHeading(page)).toHaveText('Sections')
  await expect(flow(page).getByLabel('Section title').first()).toBeVisible()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(stepHeading(page)).toHaveText('Review your rule')
  await expect(flow(page).getByRole('heading', { level: 1, name: title })).toBeVisible()
  const state = await page.evaluate(() => JSON.parse(localStorage.getItem('cr:create-flow')!))
  expect(state.profile).toEqual(profile)
  expect(state.templateSlug).toBe(best!.slug)
})

test('double-click on publish makes exactly one rule', async ({ page }) => {
  const title = `Double click ${unique()}`
  await page.goto('/create/')
  await blankRuleToPublishStep(page, title)
  await signInInline(page, `double-${unique()}@example.org`)
  const publish = flow(page).getByRole('button', { name: 'Publish rule' })
  await publish.dblclick()
  const live = flow(page).getByRole('link', { name: 'View your published rule' })
  await expect(live).toBeVisible({ timeout: 20_000 })
  expect(await rulesTitled(page, title)).toBe(1)

  // "Start from this rule": ?from=<slug> prefills the flow and records forkedFrom.
  const slug = (await live.getAttribute('href'))!.match(/\/rules\/([^/]+)\//)![1]!
  await page.goto(`/create/?from=${slug}`)
  await expect(page.getByLabel('Rule title')).toHaveValue(title)
  await expect(page).toHaveURL(/\/create\/$/)
  const state = await page.evaluate(() => JSON.parse(localStorage.getItem('cr:create-flow')!))
  expect(state.forkedFrom).toBeTruthy()
})

test('sign-in errors are tied to their fields', async ({ page }) => {
  await page.goto('/sign-in/')
  await page.getByLabel('Email address').fill('not-an-email')
  await page.getByRole('button', { name: 'Send me a code' }).click()
  const emailInput = page.getByLabel('Email address')
  await expect(emailInput).toHaveAttribute('aria-invalid', 'true')
  await expect(emailInput).toHaveAccessibleDescription(/Enter a valid email address/)
  await emailInput.fill(`wrong-${unique()}@example.org`)
  await page.getByRole('button', { name: 'Send me a code' }).click()
  const code = page.getByLabel('6-digit code')
  await expect(code).toBeFocused()
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code')
  await expect(code).toHaveAttribute('inputmode', 'numeric')
  await code.fill('000 000')
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  await expect(code).toHaveAccessibleDescription(/not right/)
  await expectAxeClean(page, 'sign-in error')
})

/** Signs in on /sign-in/ (same browser context ⇒ same cookie for every tab). */
async function signInOnPage(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in/')
  const seen = mailsTo(email).length
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Send me a code' }).click()
  await page.getByLabel('6-digit code').fill(await readCode(email, seen))
  await expect(page.getByText('You are signed in as')).toBeVisible()
}

/** From the start step: a blank rule with one section, through to the publish step. */
async function blankRuleToPublishStep(page: Page, title: string): Promise<void> {
  await flow(page).getByRole('button', { name: 'Start a blank rule' }).click()
  await page.getByLabel('Rule title').fill(title)
  await page.getByRole('button', { name: 'Continue' }).click()
  await flow(page).getByRole('button', { name: 'Add section' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

async function startBlankRule(page: Page, title: string): Promise<void> {
  await page.goto('/create/')
  await flow(page).getByRole('button', { name: 'Start a blank rule' }).click()
  await page.getByLabel('Rule title').fill(title)
}

const status = (page: Page) => flow(page).locator('[part=status]')

/** The account's copy of the draft open in this browser (its id is kept next to the local copy). */
async function accountDraft(page: Page): Promise<{ state: { document: { title: string } } }> {
  const id = await page.evaluate(() => localStorage.getItem('cr:create-flow:draft'))
  expect(id, 'the open draft is saved in the account').toBeTruthy()
  return (await (await page.request.get(`${baseURL}/api/drafts/${id}`)).json()).draft
}

test('offline while editing: "offline" is shown, work is kept, and it syncs when the connection is back', async ({
  page,
  context,
}) => {
  await signInOnPage(page, `offline-${unique()}@example.org`)
  await startBlankRule(page, 'Before going offline')
  await expect(status(page)).toContainText('Saved to your account')
  await context.setOffline(true)
  await page.getByLabel('Rule title').fill('Written while offline')
  await expect(status(page)).toContainText('offline', { timeout: 10_000 })
  await page.reload().catch(() => undefined) // offline reload fails; the work must survive in localStorage
  await context.setOffline(false)
  await page.goto('/create/')
  await expect(page.getByLabel('Rule title')).toHaveValue('Written while offline')
  await expect(status(page)).toContainText('Saved to your account', { timeout: 10_000 })
  expect((await accountDraft(page)).state.document.title).toBe('Written while offline')
})

test('the server failing while editing: the failure is shown, work is kept, and it saves when the server is back', async ({
  page,
}) => {
  await signInOnPage(page, `outage-${unique()}@example.org`)
  await startBlankRule(page, 'Before the outage')
  await expect(status(page)).toContainText('Saved to your account')
  // The BFF answers 503 (database down) to every save until it recovers.
  const outage = (route: import('@playwright/test').Route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'unavailable', message: 'The database is briefly unavailable.' } }),
        })
      : route.continue()
  await page.route('**/api/drafts/*', outage)
  await page.getByLabel('Rule title').fill('Written during the outage')
  await expect(flow(page).locator('[part=status][data-status=failed]')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByLabel('Rule title')).toHaveValue('Written during the outage')
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain('Written during the outage')
  await page.unroute('**/api/drafts/*', outage)
  await expect(status(page)).toContainText('Saved to your account', { timeout: 30_000 })
  expect((await accountDraft(page)).state.document.title).toBe('Written during the outage')
})

test('two tabs editing the same draft: the newer edit wins and nothing fails', async ({ page, context }) => {
  await signInOnPage(page, `tabs-${unique()}@example.org`)
  await startBlankRule(page, 'Tab A')
  await expect(status(page)).toContainText('Saved to your account')
  const other = await context.newPage()
  await other.goto('/create/')
  await expect(other.getByLabel('Rule title')).toHaveValue('Tab A')
  // Tab A saves again, so tab B's version is now stale: B's next save gets 412 and, being newer, wins.
  await page.getByLabel('Rule title').fill('Tab A again')
  await expect(status(page)).toContainText('Saved to your account')
  await other.getByLabel('Rule title').fill('Tab B, newest')
  await expect(status(other)).toContainText('Saved to your account', { timeout: 10_000 })
  expect((await accountDraft(page)).state.document.title).toBe('Tab B, newest')
  // Tab A's next save conflicts; the server copy is older than A's edit, so A's edit wins in turn.
  await page.getByLabel('Rule title').fill('Tab A, newest')
  await expect(status(page)).toContainText('Saved to your account', { timeout: 10_000 })
  expect((await accountDraft(page)).state.document.title).toBe('Tab A, newest')
})

test('a newer server draft replaces an older local one on load, with one-click undo', async ({ page, context }) => {
  await signInOnPage(page, `merge-${unique()}@example.org`)
  await startBlankRule(page, 'Server copy')
  await expect(status(page)).toContainText('Saved to your account')
  // An older copy on this device (e.g. edited here before, on another account session).
  await page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('cr:create-flow')!)
    state.document.title = 'Older local copy'
    state.updatedAt = new Date(Date.parse(state.updatedAt) - 60_000).toISOString()
    localStorage.setItem('cr:create-flow', JSON.stringify(state))
  })
  await page.reload()
  await expect(flow(page).getByText('We opened the newer copy of your draft saved to your account.')).toBeVisible()
  await expect(page.getByLabel('Rule title')).toHaveValue('Server copy')
  await expectAxeClean(page, 'merge notice')
  await flow(page).getByRole('button', { name: /^Undo/ }).click()
  await expect(page.getByLabel('Rule title')).toHaveValue('Older local copy')
  await expect(status(page)).toContainText('Saved to your account')
  expect((await accountDraft(page)).state.document.title).toBe('Older local copy')
  void context
})

test('several drafts: new work never overwrites a saved draft; the account page lists, renames, continues and deletes them', async ({
  page,
}) => {
  await signInOnPage(page, `drafts-${unique()}@example.org`)
  await startBlankRule(page, 'Allotment rules')
  await expect(status(page)).toContainText('Saved to your account')
  await flow(page).getByRole('button', { name: 'Back', exact: true }).click()
  await flow(page).getByRole('button', { name: 'Start a blank rule' }).click()
  await expect(flow(page).getByText('Your draft “Allotment rules” stays saved in your account.')).toBeVisible()
  await page.getByLabel('Rule title').fill('Tool library rules')
  await expect(status(page)).toContainText('Saved to your account')
  await flow(page).getByRole('button', { name: 'Go back to it' }).click()
  await expect(page.getByLabel('Rule title')).toHaveValue('Allotment rules')
  // The start step offers the other draft.
  await flow(page).getByRole('button', { name: 'Back', exact: true }).click()
  await expect(flow(page).getByRole('heading', { name: 'Continue one of your drafts' })).toBeVisible()
  await expect(flow(page).getByRole('button', { name: 'Continue Tool library rules' })).toBeVisible()
  await expectAxeClean(page, 'start step with other drafts')

  await page.goto('/account/')
  const drafts = page.locator('cr-my-drafts')
  await expect(drafts.getByRole('link', { name: 'Tool library rules' })).toBeVisible()
  await expect(drafts.getByText(/^Last changed/)).toHaveCount(2)
  await drafts.getByRole('button', { name: 'Rename Allotment rules' }).click()
  await drafts.getByLabel('Name of this draft').fill('Allotment, second try')
  await drafts.getByRole('button', { name: 'Save name' }).click()
  await expect(drafts.getByRole('link', { name: 'Allotment, second try' })).toBeVisible()
  await drafts.getByRole('button', { name: 'Delete Tool library rules' }).click()
  await expectAxeClean(page, 'account drafts, deleting one')
  await drafts.getByRole('button', { name: 'Delete this draft' }).click()
  await expect(drafts.getByRole('link', { name: 'Tool library rules' })).toHaveCount(0)
  // Continue the other one: the create flow opens it, at the step it was left at.
  await drafts.getByRole('link', { name: 'Allotment, second try' }).click()
  await expect(page.getByLabel('Rule title')).toHaveValue('Allotment rules')
  await page.getByLabel('Rule title').fill('Allotment rules, 2027')
  await expect(status(page)).toContainText('Saved to your account')
  const { items } = await (await page.request.get(`${baseURL}/api/drafts`)).json()
  expect(items.map((d: { name: string; title: string }) => [d.name, d.title])).toEqual([
    ['Allotment, second try', 'Allotment rules, 2027'],
  ])
})

test('account page: my rules and my sessions, revoke the others', async ({ page, browser }) => {
  const email = `account-${unique()}@example.org`
  // A second device signed in as the same member.
  const otherDevice = await browser.newContext()
  await signInOnPage(await otherDevice.newPage(), email)
  await signInOnPage(page, email)
  await page.goto('/account/')
  await expect(page.getByText(`Signed in as ${email}`).first()).toBeVisible()
  const rows = page.locator('cr-account tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'this device' })).toHaveCount(1)
  await expectAxeClean(page, 'account')
  await page.getByRole('button', { name: 'Sign out everywhere else' }).click()
  await expect(rows).toHaveCount(1)
  const probe = await otherDevice.request.get(`${baseURL}/api/auth/session`)
  expect((await probe.json()).user).toBeNull()
  await otherDevice.close()
  await page.locator('cr-session-nav').getByRole('button', { name: 'Sign out' }).click()
  await expect(
    page.locator('cr-session-nav').getByRole('link', { name: 'Sign in to save to your account' }),
  ).toBeVisible()
})

/** The deepest focused element's accessible-ish name. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement
    if (!el) return ''
    return (el.labels?.[0]?.textContent || el.getAttribute('aria-label') || el.textContent || '')
      .replace(/\s+/g, ' ')
      .trim()
  })
}

/**
 * Presses `key` and returns the id of the flow's focused element at the moment the step `heading`
 * first shows, looked at between tasks from before the key press: where a keyboard user's next
 * keystroke goes. (`toBeFocused` polls, so it would also pass if focus arrived later.)
 */
async function focusWhenStepShows(page: Page, key: string, heading: string): Promise<string | undefined> {
  const watching = page.evaluate(async (heading) => {
    const root = document.querySelector('cr-create-flow')!.shadowRoot!
    const shown = () => root.querySelector('#step-heading')?.textContent?.trim() === heading
    for (const stop = Date.now() + 5_000; !shown(); await new Promise((resolve) => setTimeout(resolve, 0))) {
      if (Date.now() > stop) return `never showed ${heading}`
    }
    return root.activeElement?.id
  }, heading)
  await page.keyboard.press(key)
  return watching
}

async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab')
    if (name.test(await focused(page))) return
  }
  throw new Error(`Tab never reached ${name}`)
}

test('methods library: recommended methods first, details on demand, my own method, published and linked', async ({
  page,
}) => {
  const title = `Library rule ${unique()}`
  const email = `library-${unique()}@example.org`
  const profile = { kind: 'cooperative', size: '6-20', maturity: 'forming' }
  await page.goto('/create/')
  await flow(page).getByRole('button', { name: 'Describe your community' }).click()
  const chip = (group: string, name: string) =>
    flow(page).getByRole('group', { name: group }).getByRole('button', { name })
  await chip('Kind of organisation', 'Co-operative').click()
  await chip('Size', '6–20 people').click()
  await chip('How established', 'Just forming').click()
  await flow(page).locator('cr-template-picker').getByRole('listitem').first().getByRole('button').click()
  await page.getByLabel('Rule title').fill(title)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(stepHeading(page)).toHaveText('Sections')

  // The first section's library lists the methods of its kind, those that suit the community first.
  const state = await page.evaluate(() => JSON.parse(localStorage.getItem('cr:create-flow')!))
  const section = state.document.sections[0] as { id: string; kind: string; title: string }
  const query = new URLSearchParams({ group: section.kind, ...profile, limit: '200' })
  const { methods } = (await (await page.request.get(`${baseURL}/api/methods?${query}`)).json()) as {
    methods: Array<{ slug: string; name: string; recommendation: { reason: string } }>
  }
  const best = methods.find((m) => !state.document.sections[0].modules?.some((x: { id: string }) => x.id === m.slug))!
  expect(methods[0]!.recommendation.reason).toMatch(/^Suits /)
  await flow(page)
    .getByRole('button', { name: `Browse the methods library for “${section.title}”` })
    .click()
  const library = flow(page).locator(`#library-${section.id}`)
  await expect(library.getByRole('listitem').first().getByRole('heading')).toHaveText(methods[0]!.name)
  await expect(library.locator('.reason').first()).toHaveText(methods[0]!.recommendation.reason)
  await expectAxeClean(page, 'methods library')

  // Search narrows the list; details open on demand.
  const item = library.locator(`li[data-slug="${best.slug}"]`)
  await library.getByRole('searchbox', { name: 'Search methods' }).fill(best.name)
  await expect(item).toBeVisible()
  const details = item.getByRole('button', { name: `Details of ${best.name}` })
  await expect(details).toHaveAttribute('aria-expanded', 'false')
  await details.click()
  await expect(details).toHaveAttribute('aria-expanded', 'true')
  await expect(item.locator('dl dt').first()).toBeVisible()
  await item.getByRole('button', { name: `Add to ${section.title}` }).click()
  await expect(item.getByRole('button', { name: `Added to ${section.title}` })).toHaveAttribute('aria-pressed', 'true')
  await expect(flow(page).getByRole('group', { name: `Methods in “${section.title}”` })).toContainText(best.name)

  // My own method: checked by the library's schema, every problem at its field.
  await library.getByRole('button', { name: 'Add my own method' }).click()
  const own = library.getByRole('form', { name: 'Your own method' })
  await own.getByLabel('Group').selectOption('communication')
  await own.getByLabel('Name').fill('Tuesday check-in')
  await own.getByRole('button', { name: 'Add this method' }).click()
  await expect(own.getByLabel('Summary')).toBeFocused()
  await expect(own.getByText('Write something here').first()).toBeVisible()
  await expectAxeClean(page, 'own method with errors')
  await own.getByLabel('Summary').fill('A short weekly round where everyone says how they are doing.')
  await own.getByLabel('Channels').fill('A video call every Tuesday at 7pm.')
  await own.getByLabel('Rhythm').fill('Weekly; half an hour at most.')
  await own.getByLabel('Norms').fill('Everyone speaks once before anyone speaks twice.')
  await own.getByRole('button', { name: 'Add this method' }).click()
  const chosen = flow(page).getByRole('group', { name: `Methods in “${section.title}”` })
  await expect(chosen).toContainText('Tuesday check-in (your own)')

  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(stepHeading(page)).toHaveText('Review your rule')
  await expect(flow(page).getByText('Everyone speaks once before anyone speaks twice.')).toBeVisible()
  await page.getByRole('button', { name: 'Continue' }).click()
  await signInInline(page, email)
  await flow(page).getByRole('button', { name: 'Publish rule' }).click()
  const live = flow(page).getByRole('link', { name: 'View your published rule' })
  await expect(live).toBeVisible({ timeout: 20_000 })
  await live.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  // The library method links to its page; my own method shows its fields.
  const methodLink = page.locator('.module a', { hasText: best.name })
  await expect(methodLink).toHaveAttribute('href', `/methods/${best.slug}/`)
  await expect(page.locator('.module', { hasText: 'Tuesday check-in' }).locator('dt')).toHaveText([
    'Channels',
    'Rhythm',
    'Norms',
  ])
  await methodLink.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(best.name)

  // Site search (Pagefind) finds the new rule once the index has followed the publish.
  const word = title.split(' ').at(-1)!
  await page.getByRole('searchbox', { name: 'Search rules, templates and methods' }).fill(`library ${word}`)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(/\/search\/\?q=library/)
  const results = page.locator('.search-results li')
  await expect
    .poll(
      async () => {
        await page.reload()
        await expect(page.locator('[data-search-status]')).not.toHaveText(/Searching/)
        return results.filter({ hasText: title }).count()
      },
      { timeout: 60_000, intervals: [500, 1000, 2000] },
    )
    .toBe(1)
  const hit = results.filter({ hasText: title })
  await expect(hit.locator('.kind')).toHaveText('Rule')
  await expect(hit.locator('mark').first()).toBeVisible()
  await expectAxeClean(page, 'search results')
  await hit.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})

test('the whole flow works with the keyboard only', async ({ page }) => {
  const title = `Keyboard rule ${unique()}`
  const email = `keys-${unique()}@example.org`
  await page.goto('/create/')
  await expect(flow(page).getByRole('button', { name: 'Start a blank rule' })).toBeVisible()
  await tabTo(page, /^Start a blank rule$/)
  // Focus is on the new step's heading as soon as the step shows, never later (it once moved there
  // on the first keystroke in the title, and the rest of the title went nowhere).
  expect(await focusWhenStepShows(page, 'Enter', 'Your rule and community')).toBe('step-heading')
  await tabTo(page, /^Rule title/)
  await page.keyboard.type(title)
  await expect(flow(page).getByLabel('Rule title')).toHaveValue(title)
  await tabTo(page, /^Continue$/)
  await page.keyboard.press('Enter')
  await expect(stepHeading(page)).toHaveText('Sections')
  // Continue without sections: the error summary takes focus and names the problem.
  await tabTo(page, /^Continue$/)
  await page.keyboard.press('Enter')
  await expect(flow(page).locator('#error-summary')).toContainText('Add at least one section')
  await tabTo(page, /^Add section$/)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Shift+Tab') // back through the new section to "Kind of section"
  await tabTo(page, /^Kind of section/)
  await page.keyboard.press('ArrowDown') // Membership
  await tabTo(page, /^Add section$/)
  await page.keyboard.press('Enter')
  const titles = flow(page).getByLabel('Section title')
  await expect(titles).toHaveCount(2)
  await expect(titles.nth(1)).toBeFocused()
  await tabTo(page, /^Move up/)
  await page.keyboard.press('Enter')
  await expect(titles.first()).toHaveValue('Membership')
  expect(await focused(page)).toMatch(/^Move down/)
  await tabTo(page, /^Continue$/)
  await page.keyboard.press('Enter')
  await expect(stepHeading(page)).toHaveText('Review your rule')
  await tabTo(page, /^Continue$/)
  await page.keyboard.press('Enter')
  await expect(stepHeading(page)).toHaveText('Publish')
  await tabTo(page, /^Email address/)
  await page.keyboard.type(email)
  await page.keyboard.press('Enter')
  await expect(flow(page).getByLabel('6-digit code')).toBeFocused()
  await page.keyboard.type(await readCode(email))
  await expect(flow(page).getByRole('button', { name: 'Publish rule' })).toBeVisible()
  await tabTo(page, /^Publish rule$/)
  await page.keyboard.press('Enter')
  const live = flow(page).getByRole('link', { name: 'View your published rule' })
  await expect(live).toBeVisible({ timeout: 20_000 })
  await tabTo(page, /^View your published rule$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})

test.describe('embedded on another origin', () => {
  let server: Server
  // scripts/e2e-server.ts allows http://localhost:<E2E_PORT + 1> in CORS_ORIGINS.
  const embedOrigin = () => `http://localhost:${Number(port) + 1}`

  test.beforeAll(async () => {
    const origin = new URL(embedOrigin())
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our co-op</title>
        <script type="module" src="${baseURL}/components/cr.js"></script>
        <style>cr-create-flow { --cr-accent: #5b2a86; }</style></head>
        <body><main><h1>Write our co-op's rule</h1><cr-create-flow api="${baseURL}"></cr-create-flow></main></body></html>`)
    })
    await new Promise<void>((resolve) => server.listen(Number(origin.port), 'localhost', resolve))
  })
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('one script tag and <cr-create-flow api> publish a rule end to end', async ({ page }) => {
    const title = `Embedded rule ${unique()}`
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(embedOrigin())
    // The bundle is a cross-origin module script: it needs Access-Control-Allow-Origin on /components/*.
    await expect(flow(page).getByRole('button', { name: 'Start a blank rule' }))
      .toBeVisible({ timeout: 10_000 })
      .catch((e) => {
        throw new Error(`${e.message}\nbrowser errors: ${problems.join(' | ')}`)
      })
    await blankRuleToPublishStep(page, title)
    await expectAxeClean(page, 'embedded publish')
    await signInInline(page, `embed-${unique()}@example.org`)
    await flow(page).getByRole('button', { name: 'Publish rule' }).click()
    const live = flow(page).getByRole('link', { name: 'View your published rule' })
    await expect(live).toBeVisible({ timeout: 20_000 })
    await expect(live).toHaveAttribute('href', new RegExp(`^${baseURL}/rules/`))
    expect(await rulesTitled(page, title)).toBe(1)
  })
})

test('too many code requests: the sign-in form counts down from retryAfterMs and says why', async ({
  page,
  request,
}) => {
  const email = `limited-${unique()}@example.org`
  // Use up the per-address allowance (3 per 15 min) from other clients, as if from other devices.
  for (let i = 1; i <= 3; i++) {
    const response = await request.post('/api/auth/otp/request', {
      data: { email },
      headers: { 'x-forwarded-for': `192.0.2.${i}` },
    })
    expect(response.status()).toBe(202)
  }
  await page.goto('/sign-in/')
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Send me a code' }).click()
  const wait = page.getByRole('button', { name: /Try again in \d+ s/ })
  await expect(wait).toBeVisible()
  await expect(wait).toBeDisabled()
  await expect(page.getByText(/too many/i).first()).toBeVisible()
  const first = Number(/(\d+) s/.exec((await wait.textContent()) ?? '')![1])
  expect(first).toBeGreaterThan(14 * 60)
  await expect
    .poll(async () => Number(/(\d+) s/.exec((await wait.textContent()) ?? '')?.[1]), { timeout: 5_000 })
    .toBeLessThan(first)
  await expectAxeClean(page, 'sign-in rate limited')
})
