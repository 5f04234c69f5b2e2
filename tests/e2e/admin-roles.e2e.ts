import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { adminLogin, createStaffAccount } from './support'

/**
 * Roles and the editors' dashboard (issue 12): an editor manages content and moderation but never
 * opens the users collection; an admin does. Both land on a dashboard with this week's figures and
 * the last site build (the e2e server's start-up build is recorded).
 */
const run = randomUUID().slice(0, 8)
const password = 'correct horse battery staple 12'

test('an editor sees the dashboard and their own account, but cannot open the users collection', async ({ page }) => {
  const email = `roles-editor-${run}@example.org`
  await createStaffAccount(email, password, 'editor')
  await adminLogin(page, email, password)

  const dashboard = page.getByRole('region', { name: 'This week' })
  await expect(dashboard).toBeVisible()
  await expect(dashboard.getByText('rules published in the last 7 days')).toBeVisible()
  await expect(dashboard.getByText('open reports')).toBeVisible()
  await expect(dashboard.getByText('templates in draft')).toBeVisible()
  await expect(dashboard.getByRole('heading', { name: 'Last site build' })).toBeVisible()
  await expect(dashboard.getByText(/(Full|Incremental) build at .* pages? written/)).toBeVisible()
  // No link to the users collection anywhere in the admin's navigation or cards.
  await expect(page.locator('a[href="/admin/collections/users"]')).toHaveCount(0)

  const users = await page.goto('/admin/collections/users')
  expect(users?.status()).toBe(404)
  await expect(page.getByText('editor@', { exact: false })).toHaveCount(0)

  await page.goto('/admin/account')
  await expect(page.locator('input[name="email"]')).toHaveValue(email)
})

test('an admin opens the users collection and sees every account', async ({ page }) => {
  const adminEmail = `roles-admin-${run}@example.org`
  const editorEmail = `roles-listed-editor-${run}@example.org`
  await createStaffAccount(adminEmail, password, 'admin')
  await createStaffAccount(editorEmail, password, 'editor')
  await adminLogin(page, adminEmail, password)
  await page.goto('/admin/collections/users')
  await expect(page.getByRole('link', { name: adminEmail })).toBeVisible()
  await expect(page.getByRole('link', { name: editorEmail })).toBeVisible()
})
