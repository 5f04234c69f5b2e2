import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import type { RuleDocument } from '@communityrule/core/schema'
import { adminLogin, createStaffAccount, dbQuery } from './support'

/**
 * Moderation (issue 12): a visitor reports a rule from its page with JavaScript off (a plain form
 * posted to the BFF), an editor sees the report in the admin, opens the rule from it, hides it with a
 * reason, and the rule's page answers 410 Gone with that reason; the open report becomes actioned.
 */
const run = randomUUID().slice(0, 8)
const password = 'correct horse battery staple 12'
const editorEmail = `moderation-editor-${run}@example.org`
const slug = `moderation-rule-${run}`
const title = `Rule to moderate ${run}`
const note = `Advertises a shop (${run}).`
const reason = `Advertising, not a rule of a community <${run}>.`

test.describe.configure({ mode: 'serial' })

test('a visitor reports a rule, an editor hides it with a reason, its page answers 410', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const origin = new URL(baseURL!).origin

  // -- an editor and a member's published rule --
  await createStaffAccount(editorEmail, password, 'editor')
  const [member] = await dbQuery<{ id: string }>('insert into members (email) values ($1) returning id', [
    `moderation-member-${run}@example.org`,
  ])
  const document: RuleDocument = {
    title,
    sections: [{ id: 'values', kind: 'values', title: 'Our values', body: 'We *care*.' }],
  }
  const [rule] = await dbQuery<{ id: string }>(
    `insert into rules (title, slug, owner_id, document, published_at) values ($1, $2, $3, $4::jsonb, now()) returning id`,
    [title, slug, member!.id, JSON.stringify(document)],
  )
  // A row written by SQL queues no build: an editor's edit through /cms-api does (and builds its page).
  const login = await page.request.post('/cms-api/users/login', {
    headers: { origin },
    data: { email: editorEmail, password },
  })
  expect(login.status(), await login.text()).toBe(200)
  const touched = await page.request.patch(`/cms-api/rules/${rule!.id}`, {
    headers: { origin },
    data: { summary: 'A rule that advertises a shop.' },
  })
  expect(touched.status(), await touched.text()).toBe(200)
  await page.request.post('/cms-api/users/logout', { headers: { origin } })
  const rulePage = `/rules/${slug}/`
  await expect.poll(async () => (await page.request.get(rulePage)).status(), { timeout: 20_000 }).toBe(200)

  // -- a visitor, JavaScript off, reports it from its page --
  const visitor = await browser.newContext({ javaScriptEnabled: false })
  const visitorPage = await visitor.newPage()
  await visitorPage.goto(rulePage)
  await visitorPage.getByText('Report this rule', { exact: true }).click()
  const form = visitorPage.locator('form.report-form')
  await expect(form).toBeVisible()
  await form.getByLabel('Spam or advertising').check()
  await form.getByLabel('Anything else our editors should know? (optional)').fill(note)
  await form.getByRole('button', { name: 'Send report' }).click()
  await expect(visitorPage).toHaveURL(new RegExp(`${rulePage}#report-sent$`))
  await expect(visitorPage.locator('#report-sent')).toBeVisible()
  await expect(visitorPage.locator('#report-invalid')).toBeHidden()
  await visitor.close()
  const [stored] = await dbQuery<{ id: string; status: string }>(
    'select id, status from rule_reports where rule_id = $1 and note = $2',
    [rule!.id, note],
  )
  expect(stored?.status).toBe('open')

  // -- the open form is accessible (axe needs JavaScript, so in a normal browser) --
  await page.goto(rulePage)
  await page.getByText('Report this rule', { exact: true }).click()
  await expect(page.locator('form.report-form')).toBeVisible()
  const axe = await new AxeBuilder({ page }).analyze()
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    'the open report form is accessible',
  ).toEqual([])

  // -- the editor logs in and sees the report --
  await adminLogin(page, editorEmail, password)
  await page.goto('/admin/collections/rule-reports')
  const row = page.locator('tr', { hasText: title }).first()
  await expect(row).toBeVisible()
  await expect(row).toContainText('Spam or advertising')
  await expect(row).toContainText('Open')

  // -- opens the report, and from it the rule's public page and its edit view --
  await page.goto(`/admin/collections/rule-reports/${stored!.id}`)
  await expect(page.locator('textarea#field-note')).toHaveValue(note)
  const publicLink = page.getByRole('link', { name: 'Open the rule’s public page' })
  await expect(publicLink).toHaveAttribute('href', new RegExp(`${rulePage}$`))
  await page.getByRole('link', { name: /Edit the rule/ }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/rules/${rule!.id}`))

  // -- hides it with a reason and saves --
  await page.locator('input#field-hidden').check()
  await page.locator('textarea#field-hiddenReason').fill(reason)
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|updated/i, { timeout: 15_000 })

  // -- the page answers 410 with the reason (escaped), within seconds --
  await expect.poll(async () => (await page.request.get(rulePage)).status(), { timeout: 20_000 }).toBe(410)
  const gone = await page.request.get(rulePage)
  const html = await gone.text()
  expect(html).toContain('This rule has been removed')
  expect(html).toContain(reason.replace('<', '&lt;').replace('>', '&gt;'))
  expect(html).not.toContain(title)
  await page.goto(rulePage)
  await expect(page.locator('h1')).toHaveText('This rule has been removed')
  await expect(page.locator('main')).toContainText(reason)

  // -- the open report was actioned by hiding the rule --
  const [after] = await dbQuery<{ status: string }>('select status from rule_reports where id = $1', [stored!.id])
  expect(after?.status).toBe('actioned')
})
