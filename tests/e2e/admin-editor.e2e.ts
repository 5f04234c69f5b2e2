import { randomUUID } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { RuleDocument } from '@communityrule/core/schema'
import { adminLogin, createStaffAccount, dbQuery } from './support'

/**
 * The editors' admin with no access outside the host (issue 12): every request to another origin is
 * blocked and recorded, an editor opens every admin view they use, every field renders (structured
 * sections, the body preview, the building-block choice; a rule's read-only content; never a JSON
 * editor), then edits and moves a section, saves a draft (the live page is unchanged) and publishes
 * (the template page shows the change).
 */
const run = randomUUID().slice(0, 8)
const password = 'correct horse battery staple 12'
const editorEmail = `admin-editor-${run}@example.org`
const slug = `admin-editor-${run}`
const ruleSlug = `admin-editor-rule-${run}`

const templateDocument: RuleDocument = {
  title: `Admin editor ${run}`,
  summary: 'A template edited in the admin.',
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'What we value',
      body: 'We value *openness*.\n\n- one\n- two',
      modules: [{ id: 'transparency', name: 'Transparency', summary: 'We decide in the open.' }],
    },
    { id: 'decisions', kind: 'decisions', title: 'How we decide', body: 'By consent.' },
  ],
}

test.describe.configure({ mode: 'serial' })

test('an editor uses the admin with every outside request blocked', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000)
  const origin = new URL(baseURL!).origin
  const outside: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.origin === origin) return route.continue()
    outside.push(url.href)
    return route.abort('blockedbyclient')
  })

  // -- an editor (Payload verifies its legacy PBKDF2 hashes), a member's rule to moderate --
  await createStaffAccount(editorEmail, password, 'editor')
  const [member] = await dbQuery<{ id: string }>('insert into members (email) values ($1) returning id', [
    `admin-editor-member-${run}@example.org`,
  ])
  const ruleDocument: RuleDocument = {
    title: `Moderated rule ${run}`,
    sections: [{ id: 'values', kind: 'values', title: 'Our values', body: 'We *care*.' }],
  }
  const [rule] = await dbQuery<{ id: string }>(
    `insert into rules (title, slug, owner_id, document, published_at) values ($1, $2, $3, $4::jsonb, now()) returning id`,
    [ruleDocument.title, ruleSlug, member!.id, JSON.stringify(ruleDocument)],
  )
  // Its version 1 and its author as steward, as publishing (or the migration, for older rules) records them.
  await dbQuery(
    `insert into rule_versions (rule_id, number, title, document, published_at, author_id)
     select id, 1, title, document, published_at, owner_id from rules where id = $1`,
    [rule!.id],
  )
  await dbQuery(
    `insert into rule_stewards (rule_id, member_id, role, accepted_at)
     select id, owner_id, 'author', published_at from rules where id = $1`,
    [rule!.id],
  )

  // -- log in through the admin's own form --
  await adminLogin(page, editorEmail, password)
  await expect(page.locator('.dashboard, .collections').first()).toBeVisible()

  // -- a published template, created through Payload's REST as this editor --
  const created = await page.request.post('/cms-api/rule-templates', {
    headers: { origin },
    data: {
      slug,
      title: templateDocument.title,
      category: 'direct',
      summary: templateDocument.summary,
      sortOrder: 900,
      featured: false,
      document: templateDocument,
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const templateId = (await created.json()).doc.id as string
  const livePage = `/templates/${slug}/`
  await expect.poll(async () => (await page.request.get(livePage)).status(), { timeout: 20_000 }).toBe(200)

  // -- the list views --
  await page.goto('/admin/collections/rule-templates?limit=100')
  await expect(page.getByRole('link', { name: templateDocument.title })).toBeVisible()
  await page.goto('/admin/collections/rules?limit=100')
  await expect(page.getByRole('link', { name: ruleDocument.title })).toBeVisible()

  // -- a rule's edit view: its content read-only, no JSON editor --
  await page.goto(`/admin/collections/rules/${rule!.id}`)
  const ruleView = page.getByTestId('rule-document-view')
  await expect(ruleView).toBeVisible()
  await expect(ruleView.getByRole('heading', { name: 'Our values' })).toBeVisible()
  await expect(ruleView.locator('em', { hasText: 'care' })).toBeVisible()
  // Its versions and stewards (with their emails: editors may contact them).
  const life = page.getByTestId('rule-life')
  await expect(life.getByRole('link', { name: 'Version 1' })).toBeVisible()
  await expect(life).toContainText('first published')
  await expect(life).toContainText('(author, since')
  await expectNoCodeEditor(page)

  // -- a template's edit view: every structured field renders --
  await page.goto(`/admin/collections/rule-templates/${templateId}`)
  await expect(page.locator('#field-title')).toHaveValue(templateDocument.title)
  await expect(page.locator('#field-summary')).toHaveValue(templateDocument.summary!)
  await expect(page.getByText('Section 1: What we value')).toBeVisible()
  await expect(page.getByText('Section 2: How we decide')).toBeVisible()
  await expect(page.locator('#field-sections__0__title')).toHaveValue('What we value')
  const preview = page.getByTestId('body-preview').first()
  await expect(preview.locator('em', { hasText: 'openness' })).toBeVisible()
  await expect(preview.locator('li')).toHaveCount(2)
  await expect(page.getByText('Building block 1: Transparency')).toBeVisible()
  await page.locator('#sections-0-modules-row-0 .collapsible__toggle').first().click()
  await expect(page.locator('#field-sections__0__modules__0__module')).toContainText('Values: Transparency')
  await expect(page.locator('#field-sections__0__modules__0__summary')).toHaveValue('We decide in the open.')
  await expectNoCodeEditor(page)

  // -- edit the first section's text (the preview follows) and move it down, by keyboard --
  const edited = `Edited in the admin ${run}: *together*.`
  await page.locator('#field-sections__0__body').fill(edited)
  await expect(preview.locator('em', { hasText: 'together' })).toBeVisible()
  const menu = page.locator('#sections-row-0 .array-actions__button').first()
  await menu.focus()
  await page.keyboard.press('Enter')
  const moveDown = page.getByRole('button', { name: 'Move Down' })
  await expect(moveDown).toBeVisible()
  for (let i = 0; i < 10 && !(await moveDown.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(moveDown).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Section 1: How we decide')).toBeVisible()
  await expect(page.getByText('Section 2: What we value')).toBeVisible()

  // -- save a draft: the live page is unchanged --
  const before = await (await page.request.get(livePage)).text()
  await page.locator('#action-save-draft').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/saved/i, { timeout: 15_000 })
  const [draftVersion] = await dbQuery<{ version_document: RuleDocument }>(
    `select version_document from _rule_templates_v where parent_id = $1 order by created_at desc limit 1`,
    [templateId],
  )
  expect(draftVersion!.version_document.sections.map((s) => s.id)).toEqual(['decisions', 'values'])
  expect(draftVersion!.version_document.sections[1]!.body).toBe(edited)
  await page.waitForTimeout(1_500)
  const afterDraft = await (await page.request.get(livePage)).text()
  expect(afterDraft).toBe(before)
  expect(afterDraft).not.toContain(`Edited in the admin ${run}`)

  // -- "Preview" shows the draft as its page will look, in the site's own layout --
  const editUrl = page.url()
  await page.goto(`/preview/templates/${templateId}`)
  await expect(page.getByText('Preview of an unpublished draft')).toBeVisible()
  await expect(page.locator('main')).toContainText(`Edited in the admin ${run}`)
  const previewHtml = await page.content()
  expect(previewHtml.indexOf('How we decide')).toBeLessThan(previewHtml.indexOf('What we value'))
  await page.goto(editUrl)

  // -- publish: the template page shows the change within a few seconds --
  await page.locator('#action-save').click()
  const published = Date.now()
  await expect
    .poll(async () => (await page.request.get(livePage)).text(), { timeout: 10_000, intervals: [200] })
    .toContain(`Edited in the admin ${run}`)
  console.log(`template page live ${Date.now() - published} ms after Publish`)
  const html = await (await page.request.get(livePage)).text()
  expect(html.indexOf('How we decide')).toBeLessThan(html.indexOf('What we value'))

  // -- versions: the list and a comparison --
  await page.goto(`/admin/collections/rule-templates/${templateId}/versions`)
  const versionLinks = page.locator(`a[href*="/admin/collections/rule-templates/${templateId}/versions/"]`)
  await expect(versionLinks.first()).toBeVisible()
  expect(await versionLinks.count()).toBeGreaterThanOrEqual(3)
  await versionLinks.last().click()
  await expect(page).toHaveURL(/\/versions\/[0-9a-f-]+/)
  await expect(page.getByText('Sections', { exact: false }).first()).toBeVisible()
  await expectNoCodeEditor(page)

  // -- the account view, with Payload's own avatar --
  await page.goto('/admin/account')
  await expect(page.locator('#field-email')).toHaveValue(editorEmail)
  await expect(page.locator('img[src*="gravatar"]')).toHaveCount(0)

  expect(outside, 'requests to other origins').toEqual([])
})

/** No Monaco (Payload's json/code field) anywhere on the page. */
async function expectNoCodeEditor(page: Page) {
  await expect(page.locator('.monaco-editor, .json-field, .code-editor')).toHaveCount(0)
}
