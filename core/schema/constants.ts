/** Plain enumerations (no zod import), cheap for any bundle to import. */
export const sectionKinds = [
  'values',
  'membership',
  'roles',
  'decisions',
  'conflict',
  'communication',
  'amendments',
  'custom',
] as const
export type SectionKind = (typeof sectionKinds)[number]

export const templateCategories = [
  'autocratic',
  'oligarchic',
  'representative',
  'direct',
  'decentralised',
  'sortition',
  'rotational',
] as const
export type TemplateCategory = (typeof templateCategories)[number]

/**
 * The community-profile facets recommendations match against (core/schema/method-fields.ts has their
 * labels and the `Facets`/`CommunityProfile` types; it re-exports these).
 */
export const organisationKinds = [
  'cooperative',
  'open-source',
  'mutual-aid',
  'online-community',
  'nonprofit',
  'activist-collective',
  'neighbourhood-group',
  'workplace',
] as const
export const sizeBands = ['1-5', '6-20', '21-100', '101-1000', '1000+'] as const
export const maturities = ['forming', 'growing', 'established'] as const
export const scales = ['local', 'regional', 'global'] as const

export type OrganisationKind = (typeof organisationKinds)[number]
export type SizeBand = (typeof sizeBands)[number]
export type Maturity = (typeof maturities)[number]
export type Scale = (typeof scales)[number]

export const stepIds = ['start', 'community', 'sections', 'review', 'publish', 'done'] as const
export type StepId = (typeof stepIds)[number]

/**
 * Every slug that becomes a URL and a folder of the static site (rules, templates): lower-case
 * letters, digits and dashes, starting with a letter or digit, at most 81 characters. No dots or
 * slashes, so a slug can never name `..`, `index.html` or a nested path.
 */
export const slugPattern = /^[a-z0-9][a-z0-9-]{0,80}$/

/** The start of the ids a community's own methods get in a rule; no library method's slug has it. */
export const OWN_PREFIX = 'own-'

/** Why a visitor reports a rule (`rule-reports.reason`, the report form, `POST /api/rules/:idOrSlug/reports`). */
export const reportReasons = ['spam', 'harassment', 'personal-information', 'illegal', 'other'] as const
export type ReportReason = (typeof reportReasons)[number]
export const reportReasonLabels: Record<ReportReason, string> = {
  spam: 'Spam or advertising',
  harassment: 'Harassment or hate',
  'personal-information': 'Personal information about someone',
  illegal: 'Illegal content',
  other: 'Something else',
}
/** The longest note a report may carry. */
export const REPORT_NOTE_MAX = 1000

/** An amendment's note: what changed and why (shown on the history page). */
export const AMENDMENT_NOTE_MAX = 1000
/** "How it was adopted": a decision method's slug from the library, or a few words. */
export const ADOPTED_BY_MAX = 160
/** How many drafts a member may keep at once (each is a rule in progress, not a backup). */
export const DRAFTS_MAX = 50
/** A draft's own name, as listed on the account page. */
export const DRAFT_NAME_MAX = 120
export const stewardRoles = ['author', 'steward'] as const
export type StewardRole = (typeof stewardRoles)[number]

/** The version of the rule.json format (site/rule-files.ts): raised when a field changes meaning or goes. */
export const RULE_JSON_SCHEMA_VERSION = 1
