/**
 * Recommendations: ranks templates or methods for a community's profile (kind of organisation, size,
 * maturity, scale), with a one-line reason people can read. Pure and browser-safe (no zod): the
 * create flow ranks with it, and `GET /api/methods` orders its answer with the same function.
 *
 * Each part of the profile that is given counts once: an item whose facet lists it gains, one whose
 * facet names other values loses more (a method made for 1,000+ people is a poor fit for 5), and an
 * empty facet ("suits any") is neutral. Ties keep the input order, so callers decide what comes first
 * among equals.
 */
import { facetLabels, type CommunityProfile, type Facets } from './method-fields'

const MATCH = 2
const MISMATCH = -3

export type Recommendation = { score: number; reason: string }

const kindPlural: Record<keyof typeof facetLabels.organisationKinds, string> = {
  cooperative: 'co-operatives',
  'open-source': 'open-source projects',
  'mutual-aid': 'mutual-aid groups',
  'online-community': 'online communities',
  nonprofit: 'nonprofits',
  'activist-collective': 'activist collectives',
  'neighbourhood-group': 'neighbourhood groups',
  workplace: 'workplaces and teams',
}
const maturityPhrase = {
  forming: 'that are just forming',
  growing: 'that are growing',
  established: 'that are established',
}
const scalePhrase = {
  local: 'working locally',
  regional: 'working across a region',
  global: 'working globally or online',
}

/** How well one item's facets fit the profile, and why (the reason names only what fits). */
export function recommend(facets: Partial<Facets> | undefined, profile: CommunityProfile): Recommendation {
  let score = 0
  const fits = { kind: false, size: false, maturity: false, scale: false }
  const judge = <T extends string>(value: T | undefined, list: readonly T[] | undefined): boolean => {
    if (!value || !list?.length) return false
    const fit = list.includes(value)
    score += fit ? MATCH : MISMATCH
    return fit
  }
  fits.kind = judge(profile.organisationKind, facets?.organisationKinds)
  fits.size = judge(profile.sizeBand, facets?.sizeBands)
  fits.maturity = judge(profile.maturity, facets?.maturities)
  fits.scale = judge(profile.scale, facets?.scales)
  if (score <= 0 || !(fits.kind || fits.size || fits.maturity || fits.scale)) return { score, reason: '' }
  const who = fits.kind ? kindPlural[profile.organisationKind!] : 'groups'
  const size = fits.size ? ` of ${facetLabels.sizeBands[profile.sizeBand!].replace('More than', 'more than')}` : ''
  const maturity = fits.maturity ? ` ${maturityPhrase[profile.maturity!]}` : ''
  const scale = fits.scale ? `${size || maturity ? ',' : ''} ${scalePhrase[profile.scale!]}` : ''
  return { score, reason: `Suits ${who}${size}${maturity}${scale}` }
}

/** The items, best fit first (stable), each with its recommendation. */
export function rankForProfile<T extends { facets?: Partial<Facets> }>(
  items: readonly T[],
  profile: CommunityProfile,
): Array<T & { recommendation: Recommendation }> {
  return items
    .map((item, index) => ({ item, index, recommendation: recommend(item.facets, profile) }))
    .sort((a, b) => b.recommendation.score - a.recommendation.score || a.index - b.index)
    .map(({ item, recommendation }) => ({ ...item, recommendation }))
}
