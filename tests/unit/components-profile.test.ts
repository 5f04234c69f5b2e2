/**
 * The community profile in the create flow's state (issue 13): one value per part, pressing the
 * chosen value again clears it, unknown values are refused, it survives starting over, and the
 * shared draft schema (which the BFF validates PUT /api/drafts/me with) accepts drafts saved before
 * the profile existed and refuses a profile with a value it does not know.
 */
import { describe, expect, it } from 'vitest'
import { CommunityProfileSchema, CreateFlowState as SharedDraft } from '@communityrule/core/schema'
import { emptyState, parseDraft, reduce, type CreateFlowState } from '../../components/src/state/create-flow'

const T0 = '2026-01-01T10:00:00.000Z'
const T1 = '2026-01-01T10:05:00.000Z'

describe('community profile in the create-flow state', () => {
  it('sets one value per part; the same value again clears it; an emptied profile disappears', () => {
    let s = reduce(emptyState(T0), { type: 'set-profile', field: 'organisationKind', value: 'open-source' }, T1)
    expect(s.profile).toEqual({ organisationKind: 'open-source' })
    expect(s.updatedAt).toBe(T1)
    s = reduce(s, { type: 'set-profile', field: 'sizeBand', value: '1-5' })
    s = reduce(s, { type: 'set-profile', field: 'sizeBand', value: '6-20' })
    expect(s.profile).toEqual({ organisationKind: 'open-source', sizeBand: '6-20' })
    s = reduce(s, { type: 'set-profile', field: 'sizeBand', value: '6-20' })
    expect(s.profile).toEqual({ organisationKind: 'open-source' })
    s = reduce(s, { type: 'set-profile', field: 'organisationKind', value: undefined })
    expect(s.profile).toBeUndefined()
    expect('profile' in s).toBe(false)
    expect(parseDraft(JSON.parse(JSON.stringify(s)))).toEqual(s)
  })

  it('clearing a part that is not set changes nothing', () => {
    const s = emptyState(T0)
    expect(reduce(s, { type: 'set-profile', field: 'scale', value: undefined }, T1)).toBe(s)
  })

  it('refuses a value the schema does not know', () => {
    const s = reduce(emptyState(T0), { type: 'set-profile', field: 'maturity', value: 'forming' }, T0)
    expect(reduce(s, { type: 'set-profile', field: 'maturity', value: 'ancient' }, T1)).toBe(s)
    expect(reduce(s, { type: 'set-profile', field: 'scale', value: 'galactic' }, T1)).toBe(s)
  })

  it('survives starting blank, from a template or from a rule', () => {
    const profiled = reduce(emptyState(T0), { type: 'set-profile', field: 'scale', value: 'global' }, T0)
    const document = { title: 'T', sections: [{ id: 'values', kind: 'values' as const, title: 'Values' }] }
    expect(reduce(profiled, { type: 'start-blank' }).profile).toEqual({ scale: 'global' })
    expect(reduce(profiled, { type: 'apply-template', template: { slug: 'circles', document } }).profile).toEqual({
      scale: 'global',
    })
    expect(reduce(profiled, { type: 'fork', rule: { id: 'r1', slug: 'x', document } }).profile).toEqual({
      scale: 'global',
    })
    expect('profile' in reduce(emptyState(T0), { type: 'start-blank' })).toBe(false)
  })
})

describe('community profile in the shared draft schema', () => {
  const old: CreateFlowState = { step: 'sections', templateSlug: 'circles', document: { title: 'Old' }, updatedAt: T0 }

  it('drafts saved before the profile existed still parse, unchanged', () => {
    expect(SharedDraft.safeParse(old)).toEqual({ success: true, data: old })
    expect(parseDraft(old)).toEqual(old)
  })

  it('accepts any part of a profile, and an empty one', () => {
    const full = {
      ...old,
      profile: { organisationKind: 'cooperative', sizeBand: '1000+', maturity: 'established', scale: 'local' },
    }
    expect(SharedDraft.safeParse(full).success).toBe(true)
    expect(SharedDraft.safeParse({ ...old, profile: { sizeBand: '21-100' } }).success).toBe(true)
    expect(SharedDraft.safeParse({ ...old, profile: {} }).success).toBe(true)
  })

  it('refuses a value outside the enums, or a profile that is not an object', () => {
    for (const profile of [
      { organisationKind: 'corporation' },
      { sizeBand: '10-50' },
      { maturity: 'old' },
      { scale: 'planetary' },
      { sizeBand: 5 },
      'open-source',
      ['open-source'],
    ]) {
      expect(SharedDraft.safeParse({ ...old, profile }).success, JSON.stringify(profile)).toBe(false)
      expect(parseDraft({ ...old, profile })).toBeNull()
    }
    expect(CommunityProfileSchema.safeParse({ organisationKind: 'open-source', sizeBand: '1-5' }).success).toBe(true)
  })
})
