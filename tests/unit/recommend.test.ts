/**
 * The ranking behind recommendations (core/schema/recommend.ts): what fits the profile comes first,
 * with a reason that names only what fits; a mismatch costs more than a match gains; "suits any" is
 * neutral; and the seeded catalogue ranks as a person would expect for typical communities.
 */
import { describe, expect, it } from 'vitest'
import { rankForProfile, recommend } from '@communityrule/core/schema/recommend'
import type { CommunityProfile } from '@communityrule/core/schema/method-fields'
import { seedTemplates } from '../../cms/seed/templates'
import { templateFacets } from '../../cms/seed/template-facets'

const none = { organisationKinds: [], sizeBands: [], maturities: [], scales: [] }

describe('recommend', () => {
  it('says nothing for an empty profile or an item that suits anyone', () => {
    expect(recommend({ ...none, sizeBands: ['6-20'] }, {})).toEqual({ score: 0, reason: '' })
    expect(recommend(none, { sizeBand: '6-20', maturity: 'forming' })).toEqual({ score: 0, reason: '' })
    expect(recommend(undefined, { sizeBand: '6-20' })).toEqual({ score: 0, reason: '' })
  })

  it('explains a fit in one line, naming only the parts that fit', () => {
    const facets = {
      ...none,
      organisationKinds: ['cooperative' as const],
      sizeBands: ['6-20' as const],
      maturities: ['forming' as const],
    }
    expect(recommend(facets, { organisationKind: 'cooperative', sizeBand: '6-20', maturity: 'forming' })).toEqual({
      score: 6,
      reason: 'Suits co-operatives of 6–20 people that are just forming',
    })
    expect(recommend({ ...none, scales: ['local'] }, { scale: 'local', sizeBand: '1-5' }).reason).toBe(
      'Suits groups working locally',
    )
    // A size that does not fit is not mentioned, and outweighs the kind that does.
    const mixed = recommend(facets, { organisationKind: 'cooperative', sizeBand: '1000+' })
    expect(mixed.score).toBeLessThan(0)
    expect(mixed.reason).toBe('')
  })

  it('puts the best fit first and keeps the given order among equals', () => {
    const items = [
      { slug: 'any', facets: none },
      { slug: 'big', facets: { ...none, sizeBands: ['1000+' as const] } },
      { slug: 'small', facets: { ...none, sizeBands: ['1-5' as const, '6-20' as const] } },
      { slug: 'also-any', facets: none },
    ]
    expect(rankForProfile(items, { sizeBand: '6-20' }).map((i) => i.slug)).toEqual(['small', 'any', 'also-any', 'big'])
    expect(rankForProfile(items, {}).map((i) => i.slug)).toEqual(['any', 'big', 'small', 'also-any'])
  })
})

describe('the seeded templates for typical communities', () => {
  const templates = seedTemplates.map((t) => ({ slug: t.slug, facets: templateFacets[t.slug] }))
  const table: Array<[string, CommunityProfile, string[]]> = [
    [
      'a young open-source project of a few people',
      { organisationKind: 'open-source', sizeBand: '1-5', maturity: 'forming' },
      ['benevolent-dictator', 'do-ocracy'],
    ],
    [
      'an established local co-operative of 21–100',
      { organisationKind: 'cooperative', sizeBand: '21-100', maturity: 'established', scale: 'local' },
      ['circles', 'elected-board', 'rotating-stewardship'],
    ],
    [
      'a global community of thousands',
      { sizeBand: '1000+', maturity: 'established', scale: 'global' },
      ['federated-clusters', 'liquid-democracy'],
    ],
    [
      'a growing local mutual-aid group',
      { organisationKind: 'mutual-aid', sizeBand: '21-100', maturity: 'growing', scale: 'local' },
      ['solidarity-network'],
    ],
  ]
  for (const [who, profile, expected] of table) {
    it(`recommends ${expected.join(', ')} near the top for ${who}`, () => {
      const top = rankForProfile(templates, profile).slice(0, 4)
      for (const slug of expected) {
        expect(
          top.map((t) => t.slug),
          slug,
        ).toContain(slug)
        expect(top.find((t) => t.slug === slug)!.recommendation.reason, slug).toMatch(/^Suits /)
      }
    })
  }

  it('never recommends a benevolent dictator to a global community of thousands', () => {
    const ranked = rankForProfile(templates, { sizeBand: '1000+', maturity: 'established', scale: 'global' })
    const position = ranked.findIndex((t) => t.slug === 'benevolent-dictator')
    expect(position).toBeGreaterThan(ranked.length / 2)
  })
})
