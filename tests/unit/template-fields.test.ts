import { describe, expect, it } from 'vitest'
import { RuleDocument } from '@communityrule/core/schema'
import {
  documentToFields,
  fieldsToDocument,
  moduleOptions,
  type TemplateFields,
} from '@communityrule/core/schema/template-fields'
import { moduleCatalogue } from '@communityrule/core/schema/modules'
import { seedTemplates } from '../../cms/seed/templates'
import { renderBody } from '../../cms/components/markdown'
import filters from '../../site/_config/filters.js'

describe('template fields ⇄ RuleDocument (the one conversion)', () => {
  for (const template of seedTemplates) {
    const document = RuleDocument.parse(template.document)

    it(`${template.slug}: document → fields → document changes nothing`, () => {
      expect(fieldsToDocument(documentToFields(document))).toEqual(document)
    })

    it(`${template.slug}: fields → document → fields changes nothing`, () => {
      const fields = documentToFields(document)
      const again = fieldsToDocument(fields)
      expect(RuleDocument.safeParse(again).success).toBe(true)
      expect(documentToFields(again)).toEqual(fields)
    })

    it(`${template.slug}: every building block is chosen from the catalogue`, () => {
      const values = new Set(moduleOptions.map((option) => option.value))
      for (const section of documentToFields(document).sections) {
        for (const row of section.modules ?? []) expect(values.has(row.module)).toBe(true)
      }
    })
  }

  it('offers every catalogue module once', () => {
    const ids = Object.values(moduleCatalogue).flatMap((modules) => modules.map((module) => module.id))
    expect(moduleOptions.map((option) => option.value).sort()).toEqual([...ids].sort())
  })

  it('builds a valid document from what the admin form sends (new rows, empty optional text, renamed block)', () => {
    const fields: TemplateFields = {
      title: 'New template',
      summary: '',
      community: { name: null, description: '', size: null },
      sections: [
        { id: '6752a0c1e4b0a1b2c3d4e5f6', kind: 'values', title: 'Values', body: '', modules: [] },
        {
          kind: 'decisions',
          title: 'Decisions',
          body: 'We *decide* together.',
          modules: [
            { id: 'row-1', module: 'consent', summary: null, config: '', name: null },
            { id: 'row-2', module: 'quorum', summary: 'Half of us.', config: 'Quorum: 50%', name: 'Our quorum' },
          ],
        },
        { kind: 'decisions', title: 'More decisions' },
      ],
    }
    const document = fieldsToDocument(fields)
    expect(RuleDocument.safeParse(document).success).toBe(true)
    expect(document).toEqual({
      title: 'New template',
      sections: [
        { id: '6752a0c1e4b0a1b2c3d4e5f6', kind: 'values', title: 'Values' },
        {
          id: 'decisions',
          kind: 'decisions',
          title: 'Decisions',
          body: 'We *decide* together.',
          modules: [
            { id: 'consent', name: 'Consent (no reasoned objection)' },
            { id: 'quorum', name: 'Our quorum', summary: 'Half of us.', config: 'Quorum: 50%' },
          ],
        },
        { id: 'decisions-2', kind: 'decisions', title: 'More decisions' },
      ],
    })
  })

  it('keeps the community part', () => {
    const document = {
      title: 'T',
      community: { name: 'Gardeners', size: '12' },
      sections: [{ id: 'values', kind: 'values' as const, title: 'Values' }],
    }
    expect(fieldsToDocument(documentToFields(document))).toEqual(document)
  })

  it('reads a document that does not fit the schema (a draft saved without validation) without throwing', () => {
    expect(documentToFields({ title: 'x' } as never).sections).toEqual([])
  })
})

describe('the admin body preview', () => {
  it('renders every seeded body exactly as the site does', () => {
    let siteMarkdown: ((text: string) => string) | undefined
    filters({
      addFilter: (name: string, fn: (text: string) => string) => {
        if (name === 'markdown') siteMarkdown = fn
      },
      addTransform: () => {},
    })
    expect(siteMarkdown).toBeTypeOf('function')
    for (const template of seedTemplates) {
      for (const section of template.document.sections)
        expect(renderBody(section.body)).toBe(siteMarkdown!(section.body!))
    }
    expect(renderBody('<script>alert(1)</script>')).not.toContain('<script>')
  })
})
