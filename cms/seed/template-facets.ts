/**
 * What each seeded template suits, keyed by template slug: the community profile (organisation kind,
 * size band, maturity, scale) that recommendations match against. An empty list means "any": the
 * facet neither helps nor hurts the match, so leave one empty only where it truly makes no difference.
 */
import type { Facets } from '@communityrule/core/schema/method-fields'

export const templateFacets: Record<string, Facets> = {
  // Fast and simple while a project is young; its own sunset clause triggers at about 10 regular
  // contributors, so it is not offered to groups beyond that.
  'benevolent-dictator': {
    organisationKinds: ['open-source', 'online-community'],
    sizeBands: ['1-5', '6-20'],
    maturities: ['forming'],
    scales: [],
  },
  // A founders' board while a group gets established, typically a new nonprofit or local initiative.
  'self-appointed-board': {
    organisationKinds: ['nonprofit', 'neighbourhood-group', 'cooperative'],
    sizeBands: ['6-20', '21-100'],
    maturities: ['forming'],
    scales: ['local', 'regional'],
  },
  // Elections, dues and general meetings only pay off once there is a settled membership to vote.
  'elected-board': {
    organisationKinds: ['cooperative', 'nonprofit', 'neighbourhood-group', 'mutual-aid'],
    sizeBands: ['21-100', '101-1000', '1000+'],
    maturities: ['established'],
    scales: [],
  },
  // Everyone can block, so it needs a group small enough to talk everything through together.
  consensus: {
    organisationKinds: ['cooperative', 'activist-collective', 'mutual-aid', 'workplace', 'neighbourhood-group'],
    sizeBands: ['1-5', '6-20'],
    maturities: [],
    scales: ['local', 'regional'],
  },
  // Written, asynchronous proposals with deadlines: made for distributed groups across time zones.
  'lazy-consensus': {
    organisationKinds: ['open-source', 'online-community', 'workplace', 'nonprofit'],
    sizeBands: ['6-20', '21-100', '101-1000'],
    maturities: ['growing', 'established'],
    scales: ['regional', 'global'],
  },
  'majority-vote': {
    organisationKinds: ['cooperative', 'nonprofit', 'neighbourhood-group', 'online-community', 'activist-collective'],
    sizeBands: ['21-100', '101-1000', '1000+'],
    maturities: ['growing', 'established'],
    scales: [],
  },
  // Relies on people seeing each other's work; it strains once a group is too big to notice collisions.
  'do-ocracy': {
    organisationKinds: ['open-source', 'online-community', 'activist-collective', 'mutual-aid', 'neighbourhood-group'],
    sizeBands: ['6-20', '21-100'],
    maturities: ['forming', 'growing'],
    scales: [],
  },
  // Sociocracy needs enough people for several circles, and enough structure to write domains down.
  circles: {
    organisationKinds: ['cooperative', 'workplace', 'nonprofit'],
    sizeBands: ['21-100', '101-1000'],
    maturities: ['growing', 'established'],
    scales: ['local', 'regional'],
  },
  // A jury of 7 (and an appeal jury of 11) drawn from members not involved needs a pool of dozens.
  jury: {
    organisationKinds: ['online-community', 'cooperative', 'neighbourhood-group', 'nonprofit'],
    sizeBands: ['21-100', '101-1000'],
    maturities: ['growing', 'established'],
    scales: [],
  },
  // Signature thresholds only mean something once the membership is large enough to filter ideas.
  petition: {
    organisationKinds: ['online-community', 'neighbourhood-group', 'nonprofit', 'cooperative', 'activist-collective'],
    sizeBands: ['21-100', '101-1000', '1000+'],
    maturities: ['growing', 'established'],
    scales: [],
  },
  // Everyone should get a turn within a few years, which a rota of four roles allows only in smaller groups.
  'rotating-stewardship': {
    organisationKinds: ['mutual-aid', 'activist-collective', 'cooperative', 'neighbourhood-group'],
    sizeBands: ['6-20', '21-100'],
    maturities: ['growing', 'established'],
    scales: ['local'],
  },
  // Merit means a year or more of visible contribution, so it fits mature, distributed projects.
  'meritocratic-council': {
    organisationKinds: ['open-source', 'online-community'],
    sizeBands: ['21-100', '101-1000', '1000+'],
    maturities: ['established'],
    scales: ['global'],
  },
  // A council of 6 with a rest period, plus assemblies of 15, needs a pool of dozens at least.
  sortition: {
    organisationKinds: ['cooperative', 'neighbourhood-group', 'online-community', 'nonprofit', 'activist-collective'],
    sizeBands: ['21-100', '101-1000', '1000+'],
    maturities: ['growing', 'established'],
    scales: [],
  },
  // Its members are groups, so its size counts the people across them; networks usually form out of
  // existing local groups and stay close enough to turn up for each other.
  'solidarity-network': {
    organisationKinds: ['mutual-aid', 'activist-collective', 'neighbourhood-group', 'cooperative'],
    sizeBands: ['21-100', '101-1000'],
    maturities: ['forming', 'growing'],
    scales: ['local', 'regional'],
  },
  // Delegation only helps when there are too many questions and people for everyone to follow
  // everything, and it needs a voting tool, so it suits large online memberships.
  'liquid-democracy': {
    organisationKinds: ['online-community', 'open-source', 'activist-collective', 'nonprofit'],
    sizeBands: ['101-1000', '1000+'],
    maturities: ['growing', 'established'],
    scales: ['regional', 'global'],
  },
  // Needs a tool to run the rounds and a settled membership (one person, one budget), so not forming groups.
  'quadratic-governance': {
    organisationKinds: ['online-community', 'open-source', 'cooperative', 'nonprofit'],
    sizeBands: ['21-100', '101-1000', '1000+'],
    maturities: ['growing', 'established'],
    scales: [],
  },
  // Several self-governing clusters of up to about 50 each, spread over a region or the world.
  'federated-clusters': {
    organisationKinds: ['cooperative', 'mutual-aid', 'activist-collective', 'nonprofit', 'open-source'],
    sizeBands: ['101-1000', '1000+'],
    maturities: ['growing', 'established'],
    scales: ['regional', 'global'],
  },
  // Authority can only be handed down by a central body that already holds it.
  devolution: {
    organisationKinds: ['nonprofit', 'cooperative', 'workplace', 'online-community', 'open-source'],
    sizeBands: ['21-100', '101-1000', '1000+'],
    maturities: ['established'],
    scales: ['regional', 'global'],
  },
}
