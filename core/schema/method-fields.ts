/**
 * The governance methods library's shape as plain data (no zod import, cheap for any bundle): the
 * groups, the structured fields each group's methods carry, and the community-profile facets that
 * recommendations use. The zod schema (./methods.ts), the Payload collection, the seed, the API, the
 * site and the create flow all read these lists.
 */
import type { Maturity, OrganisationKind, Scale, SectionKind, SizeBand } from './constants'

/** A method belongs to one group; the groups are the section kinds a rule is made of. */
export type MethodGroup = Exclude<SectionKind, 'custom'>
export const methodGroups = [
  'values',
  'communication',
  'membership',
  'decisions',
  'conflict',
  'roles',
  'amendments',
] as const satisfies readonly MethodGroup[]

export const methodGroupLabels: Record<MethodGroup, string> = {
  values: 'Values',
  communication: 'Communication',
  membership: 'Membership',
  decisions: 'Decisions',
  conflict: 'Conflict',
  roles: 'Roles',
  amendments: 'Amendments',
}

/** Each group's structured fields: [name, label, what to write]. Every field is required prose. */
export const methodFields = {
  decisions: [
    ['corePrinciple', 'Core principle', 'The idea the method rests on, in a sentence or two.'],
    ['whenToUse', 'When to use it', 'The decisions and groups it suits, and where it does not.'],
    ['steps', 'Steps', 'How a decision is made with it, step by step.'],
    ['onObjection', 'On objection or deadlock', 'What happens when someone objects or the group is stuck.'],
  ],
  membership: [
    ['eligibility', 'Who can join', 'Who may become a member.'],
    ['joining', 'Joining', 'How someone becomes a member.'],
    ['expectations', 'Expectations', 'What members commit to.'],
    ['leaving', 'Leaving', 'How members leave or are removed, and what happens then.'],
  ],
  conflict: [
    ['principle', 'Principle', 'The idea behind this way of handling conflict.'],
    ['scope', 'Scope', 'The conflicts it is for, and the ones it is not.'],
    ['protocol', 'Protocol', 'What the people involved do, step by step.'],
    ['fallbacks', 'Fallbacks', 'What happens when it does not resolve the conflict.'],
  ],
  communication: [
    ['channels', 'Channels', 'Where the conversation happens.'],
    ['rhythm', 'Rhythm', 'How often, and how quickly people are expected to respond.'],
    ['norms', 'Norms', 'How people are expected to communicate there.'],
  ],
  values: [
    ['meaning', 'What it means', 'What living this value looks like in practice.'],
    ['warningSigns', 'Signs it is not being lived', 'What the group would notice if it slipped.'],
  ],
  roles: [
    ['duties', 'Duties', 'What the role does, and what it may decide alone.'],
    ['term', 'Term', 'How long someone holds it.'],
    ['selection', 'Selection', 'How the holder is chosen.'],
    ['recall', 'Recall', 'How the holder can be removed before the term ends.'],
  ],
  amendments: [
    ['whoProposes', 'Who proposes', 'Who may propose a change to the rule.'],
    ['threshold', 'Threshold', 'What it takes for a change to pass.'],
    ['notice', 'Notice', 'How much notice members get, and how.'],
  ],
} as const satisfies Record<MethodGroup, ReadonlyArray<readonly [string, string, string]>>

export type MethodFieldName<G extends MethodGroup> = (typeof methodFields)[G][number][0]

// ---- facets: the community profile recommendations match against ----

// The value lists live in ./constants (the create flow's draft schema needs them in the page's first
// download; the labels below are only needed once someone opens the profile or ranks something).
export { maturities, organisationKinds, scales, sizeBands } from './constants'
export type { Maturity, OrganisationKind, Scale, SizeBand } from './constants'

export const facetLabels = {
  organisationKinds: {
    cooperative: 'Co-operative',
    'open-source': 'Open-source project',
    'mutual-aid': 'Mutual-aid group',
    'online-community': 'Online community',
    nonprofit: 'Nonprofit or charity',
    'activist-collective': 'Activist collective',
    'neighbourhood-group': 'Neighbourhood group',
    workplace: 'Workplace or team',
  },
  sizeBands: {
    '1-5': '1–5 people',
    '6-20': '6–20 people',
    '21-100': '21–100 people',
    '101-1000': '101–1,000 people',
    '1000+': 'More than 1,000 people',
  },
  maturities: { forming: 'Just forming', growing: 'Growing', established: 'Established' },
  scales: { local: 'Local', regional: 'Regional', global: 'Global or online' },
} as const satisfies {
  organisationKinds: Record<OrganisationKind, string>
  sizeBands: Record<SizeBand, string>
  maturities: Record<Maturity, string>
  scales: Record<Scale, string>
}

/** What a method or template suits. An empty list means "any": it neither helps nor hurts the match. */
export type Facets = {
  organisationKinds: OrganisationKind[]
  sizeBands: SizeBand[]
  maturities: Maturity[]
  scales: Scale[]
}

/** A community's profile, as the create flow asks for it: every part optional. */
export type CommunityProfile = Partial<{
  organisationKind: OrganisationKind
  sizeBand: SizeBand
  maturity: Maturity
  scale: Scale
}>

/** A method as the seed and the API carry it (the zod schema in ./methods.ts checks exactly this). */
export type MethodData<G extends MethodGroup = MethodGroup> = G extends MethodGroup
  ? {
      slug: string
      group: G
      name: string
      /** One or two sentences: what the method is. */
      summary: string
      details: Record<MethodFieldName<G>, string>
      facets: Facets
      /** Slugs of methods worth reading next (any group). */
      related: string[]
      furtherReading: Array<{ title: string; url?: string; note?: string }>
    }
  : never
