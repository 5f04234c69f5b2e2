import { describe, expect, it } from 'vitest'
import { diffRules, textChange } from '@communityrule/core/schema/rule-diff'
import type { RuleDocument } from '@communityrule/core/schema'

const section = (id: string, body = `About ${id}.`, modules: string[] = []) => ({
  id,
  kind: 'custom' as const,
  title: id[0]!.toUpperCase() + id.slice(1),
  body,
  modules: modules.map((m) => ({ id: m, name: m })),
})
const rule = (...sections: ReturnType<typeof section>[]): RuleDocument => ({ title: 'Our rule', sections })

const statuses = (before: RuleDocument, after: RuleDocument) =>
  diffRules(before, after).sections.map((s) => `${s.id}:${s.status}${s.moved ? '+moved' : ''}`)

describe('diffRules', () => {
  it('reports nothing for the same document', () => {
    const doc = rule(section('values'), section('decisions'))
    const diff = diffRules(doc, structuredClone(doc))
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 })
    expect(diff.title).toBeUndefined()
    expect(statuses(doc, doc)).toEqual(['values:unchanged', 'decisions:unchanged'])
  })

  it('shows a changed body word by word', () => {
    const before = rule(section('decisions', 'Lazy consensus with a 7-day window.'))
    const after = rule(section('decisions', 'Lazy consensus with a 14-day window.'))
    const [change] = diffRules(before, after).sections
    expect(change!.status).toBe('changed')
    expect(change!.bodyChange!.filter((p) => p.change)).toEqual([
      { text: '7', change: 'removed' },
      { text: '14', change: 'added' },
    ])
    // Both versions can be read back from the parts.
    const text = (keep: string) =>
      change!
        .bodyChange!.filter((p) => p.change !== keep)
        .map((p) => p.text)
        .join('')
    expect(text('added')).toBe('Lazy consensus with a 7-day window.')
    expect(text('removed')).toBe('Lazy consensus with a 14-day window.')
  })

  it('places added and removed sections where they are and were', () => {
    const before = rule(section('values'), section('roles'), section('decisions'))
    const after = rule(section('values'), section('decisions'), section('conflict'))
    expect(statuses(before, after)).toEqual([
      'values:unchanged',
      'roles:removed',
      'decisions:unchanged',
      'conflict:added',
    ])
    expect(diffRules(before, after).counts).toEqual({ added: 1, removed: 1, changed: 0, moved: 0 })
  })

  it('marks only the section that moved, not the ones it passed', () => {
    const before = rule(section('a'), section('b'), section('c'), section('d'))
    const after = rule(section('b'), section('c'), section('d'), section('a'))
    expect(statuses(before, after)).toEqual(['b:unchanged', 'c:unchanged', 'd:unchanged', 'a:unchanged+moved'])
    const moved = diffRules(before, after).sections.find((s) => s.moved)!
    expect([moved.from, moved.to]).toEqual([1, 4])
  })

  it('lists the methods added to and removed from a section', () => {
    const before = rule(section('decisions', 'Same.', ['consent', 'lazy-consensus']))
    const after = rule(section('decisions', 'Same.', ['consent', 'sortition']))
    const [change] = diffRules(before, after).sections
    expect(change).toMatchObject({
      status: 'changed',
      bodyChange: undefined,
      methodsAdded: [{ id: 'sortition', name: 'sortition' }],
      methodsRemoved: [{ id: 'lazy-consensus', name: 'lazy-consensus' }],
    })
  })

  it('compares the title, summary and community', () => {
    const before: RuleDocument = { ...rule(section('a')), summary: 'Old summary', community: { name: 'Choir' } }
    const after: RuleDocument = { ...before, title: 'Our new rule', community: { name: 'Harbour Choir' } }
    const diff = diffRules(before, after)
    expect(diff.title!.filter((p) => p.change)).toEqual([{ text: 'new ', change: 'added' }])
    expect(diff.summary).toBeUndefined()
    expect(diff.communityName!.filter((p) => p.change === 'added').map((p) => p.text)).toEqual(['Harbour '])
    expect(textChange('same', 'same')).toBeUndefined()
  })
})
