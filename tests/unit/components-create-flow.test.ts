import { describe, expect, it } from 'vitest'
import type { RuleDocument } from '@communityrule/core/schema'
import {
  emptyState,
  firstInvalidStep,
  hasContent,
  parseDraft,
  reduce,
  toRuleDocument,
  validateStep,
  type CreateFlowState,
} from '../../components/src/state/create-flow'
import { moduleCatalogue } from '@communityrule/core/schema/modules'
import { parseMarkdown, safeHref } from '../../components/src/state/markdown'
import { hashBody, publishKey } from '../../components/src/state/publish'
import { AmendmentFields } from '@communityrule/core/schema/amendment'
import { AmendRuleBody } from '@communityrule/core/schema/api'
import {
  CreateFlowState as SharedDraft,
  Module as SharedModule,
  RuleDocument as SharedDoc,
} from '@communityrule/core/schema'

const T0 = '2026-01-01T10:00:00.000Z'
const T1 = '2026-01-01T10:05:00.000Z'

const template: RuleDocument = {
  title: 'Lazy Consensus',
  summary: 'Proposals pass unless someone objects.',
  sections: [
    { id: 'values', kind: 'values', title: 'What we value', body: 'Openness.' },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How we decide',
      modules: [{ id: 'lazy-consensus', name: 'Lazy consensus' }],
    },
  ],
}

function withSections(n: number): CreateFlowState {
  let s = reduce(emptyState(T0), { type: 'start-blank' }, T0)
  for (let i = 0; i < n; i++) s = reduce(s, { type: 'add-section', kind: 'custom', id: `s${i}` }, T0)
  return s
}

describe('create-flow reducer', () => {
  it('starts blank or from a template (a deep copy), and records the template slug', () => {
    const blank = reduce(emptyState(T0), { type: 'start-blank' }, T1)
    expect(blank).toEqual({ step: 'community', document: { title: '', sections: [] }, updatedAt: T1 })
    const fromTemplate = reduce(
      emptyState(T0),
      { type: 'apply-template', template: { slug: 'lazy-consensus', document: template } },
      T1,
    )
    expect(fromTemplate.templateSlug).toBe('lazy-consensus')
    expect(fromTemplate.document).toEqual(template)
    fromTemplate.document.sections![0]!.title = 'changed'
    expect(template.sections[0]!.title).toBe('What we value')
  })

  it('forks a published rule and records forkedFrom', () => {
    const s = reduce(emptyState(T0), { type: 'fork', rule: { id: 'r-1', slug: 'our-rule', document: template } }, T1)
    expect(s.forkedFrom).toBe('r-1')
    expect(s.templateSlug).toBeUndefined()
    expect(s.step).toBe('community')
  })

  it('adds sections with schema-valid ids and titles from the kind', () => {
    let s = reduce(emptyState(T0), { type: 'start-blank' }, T0)
    s = reduce(s, { type: 'add-section', kind: 'decisions' }, T1)
    s = reduce(s, { type: 'add-section', kind: 'decisions' }, T1)
    const [a, b] = s.document.sections!
    expect(a!.id).toMatch(/^decisions-[a-z0-9]+$/)
    expect(a!.id).not.toBe(b!.id)
    expect(a!.title).toBe('Decisions')
    expect(s.updatedAt).toBe(T1)
  })

  it('removes and reorders sections; moves past either end are no-ops', () => {
    let s = withSections(3)
    s = reduce(s, { type: 'move-section', id: 's2', by: -1 }, T1)
    expect(s.document.sections!.map((x) => x.id)).toEqual(['s0', 's2', 's1'])
    s = reduce(s, { type: 'move-section', id: 's0', by: -1 }, T1)
    expect(s.document.sections!.map((x) => x.id)).toEqual(['s0', 's2', 's1'])
    const same = reduce(s, { type: 'move-section', id: 's1', by: 1 }, '2030-01-01T00:00:00.000Z')
    expect(same).toBe(s)
    s = reduce(s, { type: 'remove-section', id: 's2' }, T1)
    expect(s.document.sections!.map((x) => x.id)).toEqual(['s0', 's1'])
  })

  it('edits titles and bodies, and toggles modules on and off', () => {
    let s = withSections(1)
    s = reduce(s, { type: 'edit-section', id: 's0', field: 'title', value: 'Decisions' }, T1)
    s = reduce(s, { type: 'edit-section', id: 's0', field: 'body', value: 'We vote.' }, T1)
    const vote = moduleCatalogue.decisions.find((m) => m.id === 'majority-vote')!
    s = reduce(s, { type: 'toggle-module', sectionId: 's0', module: vote }, T1)
    expect(s.document.sections![0]).toMatchObject({
      title: 'Decisions',
      body: 'We vote.',
      modules: [{ id: 'majority-vote', name: 'Majority vote' }],
    })
    s = reduce(s, { type: 'toggle-module', sectionId: 's0', module: vote }, T1)
    expect(s.document.sections![0]!.modules).toEqual([])
  })

  it("adds a community's own method, and replaces it when written again under the same name", () => {
    let s = withSections(1)
    const own = {
      id: 'own-tuesday-check-in',
      name: 'Tuesday check-in',
      summary: 'A weekly round.',
      details: [{ label: 'Channels', text: 'The Tuesday call.' }],
    }
    s = reduce(s, { type: 'add-module', sectionId: 's0', module: own }, T1)
    s = reduce(s, { type: 'add-module', sectionId: 's0', module: { ...own, summary: 'A weekly round, revised.' } }, T1)
    expect(s.document.sections![0]!.modules).toEqual([{ ...own, summary: 'A weekly round, revised.' }])
    expect(SharedDraft.safeParse(s).success).toBe(true)
  })

  it('sets rule and community fields, dropping an emptied summary', () => {
    let s = withSections(0)
    s = reduce(s, { type: 'set-rule', field: 'summary', value: 'x' }, T1)
    s = reduce(s, { type: 'set-rule', field: 'summary', value: '' }, T1)
    expect('summary' in s.document).toBe(false)
    s = reduce(s, { type: 'set-community', field: 'name', value: 'Riverside' }, T1)
    s = reduce(s, { type: 'set-community', field: 'size', value: '' }, T1)
    expect(s.document.community).toEqual({ name: 'Riverside' })
  })

  it('every state it produces is a valid draft for the shared schema', () => {
    let s = withSections(2)
    for (const m of Object.values(moduleCatalogue).flat().slice(0, 5))
      s = reduce(s, { type: 'toggle-module', sectionId: 's1', module: m }, T1)
    expect(SharedDraft.safeParse(s).success).toBe(true)
    expect(parseDraft(JSON.parse(JSON.stringify(s)))).toEqual(s)
    expect(parseDraft({ step: 'nope' })).toBeNull()
  })
})

describe('amending a published rule', () => {
  const published = {
    id: 'rule-id',
    slug: 'lazy-consensus-k3x9qa',
    title: 'Lazy Consensus',
    version: 2,
    document: template,
  }

  it("starts at the sections with the rule's text and the version it amends, and keeps the profile", () => {
    const before = reduce({ ...emptyState(T0), profile: { sizeBand: '6-20' } }, { type: 'start-blank' }, T0)
    const amending = reduce(before, { type: 'amend', rule: published }, T1)
    expect(amending).toMatchObject({
      step: 'sections',
      profile: { sizeBand: '6-20' },
      amend: { rule: 'rule-id', slug: 'lazy-consensus-k3x9qa', title: 'Lazy Consensus', version: 2 },
      document: template,
    })
    expect(amending.document).not.toBe(template)
    expect(SharedDraft.safeParse(amending).success).toBe(true)
    // Starting anything else ends the amendment.
    expect(reduce(amending, { type: 'start-blank' }, T1).amend).toBeUndefined()
    expect(reduce(amending, { type: 'fork', rule: published }, T1).amend).toBeUndefined()
  })

  it('keeps the note and adoption as typed, and moves onto the version now current after a conflict', () => {
    let state = reduce(emptyState(T0), { type: 'amend', rule: published }, T0)
    state = reduce(state, { type: 'set-amendment', field: 'note', value: 'Two weeks, not one.' }, T1)
    state = reduce(state, { type: 'set-amendment', field: 'adoptedOn', value: '2026-12-01' }, T1)
    state = reduce(state, { type: 'set-amendment', field: 'adoptedOn', value: '' }, T1)
    expect(state.amendment).toEqual({ note: 'Two weeks, not one.' })
    // Nothing to move onto before a conflict.
    expect(reduce(state, { type: 'amend-onto-current' }, T1)).toBe(state)
    state = reduce(state, { type: 'amend-conflict', current: 4 }, T1)
    expect(state.amend).toMatchObject({ version: 2, conflict: 4 })
    state = reduce(state, { type: 'amend-onto-current' }, T1)
    expect(state.amend).toEqual({ rule: 'rule-id', slug: 'lazy-consensus-k3x9qa', title: 'Lazy Consensus', version: 4 })
    expect(state.amendment).toEqual({ note: 'Two weeks, not one.' })
    expect(SharedDraft.safeParse(state).success).toBe(true)
  })

  it('needs a note: the amendment fields are checked with the schema the API uses', () => {
    expect(AmendmentFields.safeParse({ note: '  ' }).success).toBe(false)
    expect(AmendmentFields.safeParse({ note: 'Why', adoptedOn: '1 Dec' }).success).toBe(false)
    expect(AmendmentFields.safeParse({ note: 'Why', adoptedOn: '2026-12-01', adoptedBy: 'consent' }).success).toBe(true)
    const body = { title: 'T', document: template, note: 'Why', adoptedBy: 'consent' }
    expect(AmendRuleBody.safeParse(body).success).toBe(true)
    expect(AmendRuleBody.safeParse({ ...body, note: undefined }).success).toBe(false)
  })
})

describe('step validation', () => {
  it('community needs a title; errors are keyed by field path', () => {
    const s = withSections(0)
    expect(validateStep(s, 'community')).toEqual({ title: 'Give your rule a title' })
    const long = reduce(s, { type: 'set-community', field: 'name', value: 'x'.repeat(121) }, T1)
    expect(Object.keys(validateStep(long, 'community'))).toEqual(['title', 'community.name'])
    expect(validateStep(reduce(s, { type: 'set-rule', field: 'title', value: 'Ours' }, T1), 'community')).toEqual({})
  })

  it('sections need at least one section, each with a title', () => {
    expect(validateStep(withSections(0), 'sections')).toEqual({ sections: 'Add at least one section' })
    expect(validateStep(withSections(2), 'sections')).toEqual({
      'sections.0.title': 'Give this section a title',
      'sections.1.title': 'Give this section a title',
    })
  })

  it('review checks the whole document and names the first invalid step', () => {
    let s = withSections(1)
    s = reduce(s, { type: 'edit-section', id: 's0', field: 'title', value: '  Values ' }, T1)
    expect(firstInvalidStep(s, 'review')).toBe('community')
    s = reduce(s, { type: 'set-rule', field: 'title', value: 'Our rule' }, T1)
    expect(validateStep(s, 'review')).toEqual({})
    expect(firstInvalidStep(s, 'review')).toBeNull()
    const doc = toRuleDocument(s)
    expect(doc.sections[0]!.title).toBe('Values')
    expect(SharedDoc.safeParse(doc).success).toBe(true)
    expect(hasContent(s)).toBe(true)
    expect(hasContent(emptyState())).toBe(false)
  })
})

describe('module catalogue', () => {
  it('has the catalogue names, unique ids and schema-valid modules', () => {
    expect(moduleCatalogue.decisions.map((m) => m.name)).toContain('Supermajority (two-thirds)')
    expect(moduleCatalogue.roles.map((m) => m.name)).toContain('Sortition (random selection)')
    const all = Object.values(moduleCatalogue).flat()
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length)
    for (const m of all) expect(SharedModule.safeParse(m).success).toBe(true)
  })
})

describe('light markdown', () => {
  it('parses paragraphs, lists, emphasis and links as data (never HTML)', () => {
    expect(parseMarkdown('One\nline two\n\n- a *b*\n- [c](https://x.example)\n\n1. first\n\n<b>no</b>')).toEqual([
      { t: 'p', c: ['One\nline two'] },
      { t: 'ul', items: [['a ', { t: 'em', c: ['b'] }], [{ t: 'a', href: 'https://x.example', c: ['c'] }]] },
      { t: 'ol', items: [['first']] },
      { t: 'p', c: ['<b>no</b>'] },
    ])
    expect(parseMarkdown('**strong** and https://a.example/x.')).toEqual([
      {
        t: 'p',
        c: [
          { t: 'strong', c: ['strong'] },
          ' and ',
          { t: 'a', href: 'https://a.example/x', c: ['https://a.example/x'] },
          '.',
        ],
      },
    ])
  })

  it('refuses unsafe links', () => {
    expect(parseMarkdown('[x](javascript:alert(1))')[0]).toEqual({ t: 'p', c: ['[x](javascript:alert(1)', ')'] })
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('//evil.example')).toBeNull()
    expect(safeHref('/rules/x/')).toBe('/rules/x/')
  })
})

describe('publish idempotency key', () => {
  it('is reused for the same body and replaced when the body changes', () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    }
    const a = publishKey('{"title":"A"}', storage)
    expect(publishKey('{"title":"A"}', storage)).toBe(a)
    expect(a).toMatch(/^[0-9a-f-]{36}$/)
    expect(publishKey('{"title":"B"}', storage)).not.toBe(a)
    expect(hashBody('x')).not.toBe(hashBody('y'))
  })
})
