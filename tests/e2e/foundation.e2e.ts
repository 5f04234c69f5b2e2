import { expect, test } from '@playwright/test'
import { dbQuery } from './support'

test('the home page lists featured templates whose titles come from Postgres', async ({ page }) => {
  const featured = await dbQuery<{ title: string }>(
    "select title from rule_templates where featured and _status = 'published' order by sort_order",
  )
  expect(featured.length).toBeGreaterThan(0)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Write down how your community works')
  for (const { title } of featured) {
    await expect(page.getByRole('link', { name: title, exact: true }).first()).toBeVisible()
  }
})

test('a template page renders the sections stored in Postgres', async ({ page }) => {
  const [template] = await dbQuery<{ slug: string; title: string; document: { sections: Array<{ title: string }> } }>(
    "select slug, title, document from rule_templates where slug = 'lazy-consensus'",
  )
  await page.goto(`/templates/${template!.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(template!.title)
  for (const section of template!.document.sections) {
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible()
  }
  await expect(page).toHaveTitle(`${template!.title} template — CommunityRule`)
})

test('the template picker element fetches /api/templates', async ({ page }) => {
  await page.goto('/templates/')
  await page.evaluate(async () => {
    await import('/components/cr.js' as string) // a URL the page resolves, not a module of ours
    document.querySelector('main')!.append(document.createElement('cr-template-picker'))
  })
  const count = (
    await dbQuery<{ n: string }>("select count(*) as n from rule_templates where _status = 'published'")
  )[0]!.n
  await expect(page.locator('cr-template-picker button[part=card]')).toHaveCount(Number(count))
})

test('an unknown page shows the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't find that page")
})

test('the Payload admin is served at /admin', async ({ page }) => {
  await page.goto('/admin')
  // A fresh database has no editor yet, so Payload asks for the first one (or shows its login).
  await expect(page.getByRole('button', { name: /create|login|log in/i }).first()).toBeVisible({ timeout: 45_000 })
  await expect(page).toHaveURL(/\/admin(\/create-first-user|\/login)?/)
})
