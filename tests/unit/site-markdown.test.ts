import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { RuleDocument, type RuleDocument as Doc } from '@communityrule/core/schema'
import { seedTemplates } from '../../cms/seed/templates'
import { markdownToRule, ruleToMarkdown } from '../../site/_config/markdown-export.js'

/** The document's text, as a reader sees it: ids and kinds are not text; blank edges are not either. */
function textOf(doc: Doc) {
  const t = (s?: string) => (s ?? '').trim()
  return {
    title: t(doc.title),
    summary: t(doc.summary),
    community: doc.community?.name?.trim()
      ? { name: t(doc.community.name), description: t(doc.community.description), size: t(doc.community.size) }
      : null,
    sections: doc.sections.map((s) => ({
      title: t(s.title),
      body: t(s.body),
      modules: (s.modules ?? []).map((m) => ({
        name: t(m.name),
        summary: t(m.summary),
        config: t(m.config),
        details: (m.details ?? []).map((d) => ({ label: t(d.label), text: t(d.text) })),
      })),
    })),
  }
}

const roundTrip = (doc: Doc) => markdownToRule(ruleToMarkdown(doc)) as Doc

describe('Markdown export', () => {
  it('round-trips the text of every seeded template', () => {
    for (const template of seedTemplates) {
      const doc = RuleDocument.parse(template.document)
      expect(textOf(roundTrip(doc))).toEqual(textOf(doc))
    }
  })

  it('writes readable Markdown', () => {
    const md = ruleToMarkdown(
      RuleDocument.parse({
        title: 'Garden co-op',
        summary: 'How we run the garden.',
        community: { name: 'Garden co-op', size: '20' },
        sections: [
          {
            id: 'd',
            kind: 'decisions',
            title: 'Decisions',
            body: 'By consent.',
            modules: [{ id: 'c', name: 'Consent', config: 'quorum 5' }],
          },
        ],
      }),
    )
    expect(md).toBe(
      '# Garden co-op\n\nHow we run the garden.\n\n**Community:** Garden co-op\n**Size:** 20\n\n## Decisions\n\nBy consent.\n\n### Consent\n\nSetting: quorum 5\n',
    )
  })

  it('round-trips arbitrary text, including lines that look like its own structure', () => {
    const line = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' '))
    const oneLine = fc.oneof(
      line,
      fc.constantFrom(
        '# not a title',
        '## not a section',
        '### nor a module',
        '**Community:** x',
        '**Size:** 3',
        'Setting: y',
        '\\#',
        '\\\\x',
        '- list item',
        '*emphasis*',
      ),
    )
    const text = fc.array(oneLine, { maxLength: 6 }).map((lines) => lines.join('\n'))
    const name = line.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith('#'))
    const doc = fc.record({
      title: name,
      summary: fc.option(text, { nil: undefined }),
      community: fc.option(
        fc.record({
          name: line.map((s) => s.trim()),
          description: fc.option(text, { nil: undefined }),
          size: fc.option(
            line.map((s) => s.trim()),
            { nil: undefined },
          ),
        }),
        { nil: undefined },
      ),
      sections: fc.array(
        fc.record({
          id: fc.constant('s'),
          kind: fc.constant('custom' as const),
          title: name,
          body: fc.option(text, { nil: undefined }),
          modules: fc.option(
            fc.array(
              fc.record({
                id: fc.constant('m'),
                name,
                summary: fc.option(text, { nil: undefined }),
                config: fc.option(text, { nil: undefined }),
                // A community's own method: labelled structured fields
                details: fc.option(
                  fc.array(
                    fc.record({
                      label: fc.constantFrom('Core principle', 'When to use it', 'On objection or deadlock'),
                      text: text.filter((value) => value.trim() !== ''),
                    }),
                    { maxLength: 4 },
                  ),
                  { nil: undefined },
                ),
              }),
              { maxLength: 3 },
            ),
            { nil: undefined },
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    fc.assert(
      fc.property(doc, (d) => {
        expect(textOf(roundTrip(d as Doc))).toEqual(textOf(d as Doc))
      }),
      { numRuns: 300 },
    )
  })
})
