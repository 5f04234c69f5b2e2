import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { RuleDocument } from '@communityrule/core/schema'
import { documentToFields, type TemplateSectionRow } from '@communityrule/core/schema/template-fields'
import { bootPayload } from '../support/payload'
import { query } from '../support/postgres'
import { seedTemplates } from '../../cms/seed/templates'

/**
 * The structured template fields (`sections`, `community`) are virtual: filled from the stored
 * RuleDocument on read and built into it on write, through drafts, publishing and version restores.
 */
let payload: Payload
let databaseUrl: string
const seed = seedTemplates[0]!
const original = RuleDocument.parse(seed.document)
let id: string

beforeAll(async () => {
  ;({ payload, databaseUrl } = await bootPayload('template-editing'))
  const { sortOrder, featured, slug, title, category, summary } = seed
  const created = await payload.create({
    collection: 'rule-templates',
    data: { slug, title, category, summary, sortOrder, featured, document: original, _status: 'published' },
  })
  id = String(created.id)
})
afterAll(async () => {
  await payload?.destroy()
})

const read = async (draft = false) => {
  const doc = await payload.findByID({ collection: 'rule-templates', id, draft, depth: 0 })
  return { ...doc, document: doc.document as RuleDocument }
}

describe('structured template fields', () => {
  it('are not stored: no table or column beyond document', async () => {
    const { rows } = await query<{ table_name: string; column_name: string }>(
      databaseUrl,
      "select table_name, column_name from information_schema.columns where table_name like '%rule_templates%'",
    )
    expect(rows.filter((row) => /section|module|community/.test(`${row.table_name}.${row.column_name}`))).toEqual([])
  })

  it('are filled from the stored document on read', async () => {
    const doc = await read()
    expect(doc.sections).toEqual(documentToFields(original).sections)
    expect(doc.document).toEqual(original)
  })

  it('save a draft (the published document is unchanged), publish, and restore a version', async () => {
    const doc = await read()
    const sections = structuredClone(doc.sections) as TemplateSectionRow[]
    sections[0]!.body = 'Edited in the admin.'
    ;[sections[0], sections[1]] = [sections[1]!, sections[0]!]

    await payload.update({
      collection: 'rule-templates',
      id,
      draft: true,
      data: { ...doc, sections, _status: 'draft' } as never,
    })
    expect((await read()).document).toEqual(original)
    const draft = await read(true)
    expect(draft.document.sections.map((s: { id: string }) => s.id).slice(0, 2)).toEqual([
      original.sections[1]!.id,
      original.sections[0]!.id,
    ])
    expect(draft.document.sections[1].body).toBe('Edited in the admin.')

    await payload.update({
      collection: 'rule-templates',
      id,
      data: { ...draft, _status: 'published' } as never,
    })
    const published = await read()
    expect(RuleDocument.parse(published.document)).toEqual(published.document)
    expect(published.document.sections[1].body).toBe('Edited in the admin.')
    expect(published.document.title).toBe(seed.title)

    const { docs: versions } = await payload.findVersions({
      collection: 'rule-templates',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(versions[0]!.version.sections).toEqual(documentToFields(original).sections)
    await payload.restoreVersion({ collection: 'rule-templates', id: String(versions[0]!.id), depth: 0 })
    expect((await read()).document).toEqual(original)
  })

  it('a write that changes document but not the structured fields keeps the document it sends (the seed, API callers)', async () => {
    const document = { ...original, title: 'Renamed', sections: original.sections.slice(0, 1) }
    await payload.update({ collection: 'rule-templates', id, data: { title: 'Renamed', document } })
    expect((await read()).document).toEqual(document)
    expect((await read()).sections).toEqual(documentToFields(document).sections)
  })

  it('a write that changes neither leaves the document alone; a new title reaches the document', async () => {
    const before = (await read()).document
    await payload.update({ collection: 'rule-templates', id, data: { featured: false } })
    expect((await read()).document).toEqual(before)
    await payload.update({ collection: 'rule-templates', id, data: { title: 'Renamed again' } })
    expect((await read()).document).toEqual({ ...before, title: 'Renamed again' })
  })
})
