/**
 * Request and response bodies of the HTTP API (SPEC §3), one schema per payload, built from the
 * shared document shapes in ./index.ts. Used by the BFF (validation, OpenAPI), the site build and
 * tests; the browser imports only types from here, keeping these out of its bundle.
 */
import { Facets } from './methods'
import * as z from 'zod/mini'
import { AmendmentFields } from './amendment'
import { CreateFlowState, Email, OtpCode, RuleDocument, Summary, Title } from './index'
import { DRAFT_NAME_MAX, REPORT_NOTE_MAX, reportReasons, slugPattern, templateCategories } from './constants'

const text = (max: number) => z.string().check(z.maxLength(max, `Keep this under ${max} characters`))

export const TemplateCategorySchema = z.enum(templateCategories)

/** A slug that is safe as a URL segment and a folder name (see slugPattern). */
export const Slug = z
  .string()
  .check(
    z.regex(slugPattern, 'Use lower-case letters, digits and dashes (at most 81), starting with a letter or digit'),
  )

export const RuleTemplate = z.object({
  slug: Slug,
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  category: TemplateCategorySchema,
  summary: text(500),
  document: RuleDocument,
  sortOrder: z.number().check(z.int('Use a whole number'), z.gte(-1_000_000), z.lte(1_000_000)),
  featured: z.boolean(),
  updatedAt: z.optional(z.string()),
  /** Which communities it suits (recommendations); absent means any. */
  facets: z.optional(Facets),
})
export type RuleTemplate = z.infer<typeof RuleTemplate>

// ---- request bodies (one schema per payload) ----

export const OtpRequestBody = z.object({ email: Email })
export type OtpRequestBody = z.infer<typeof OtpRequestBody>

export const OtpVerifyBody = z.object({ email: Email, code: OtpCode })
export type OtpVerifyBody = z.infer<typeof OtpVerifyBody>

export const DraftPutBody = z.object({ state: CreateFlowState })
export type DraftPutBody = z.infer<typeof DraftPutBody>

/** A new draft: its state, and optionally a name of its own. */
export const DraftCreateBody = z.object({ state: CreateFlowState, name: z.optional(text(DRAFT_NAME_MAX)) })
export type DraftCreateBody = z.infer<typeof DraftCreateBody>

/** A line of "my drafts": enough to recognise one without downloading every state. */
export type DraftSummary = {
  id: string
  name: string | null
  /** The rule's title as typed so far ('' when none yet). */
  title: string
  step: string
  /** The published rule it amends, when it is an amendment in progress. */
  amending: { slug: string; title: string } | null
  version: number
  updatedAt: string
}

/** Renaming a draft ('' removes the name: the list then shows its title). */
export const DraftNameBody = z.object({ name: text(DRAFT_NAME_MAX) })
export type DraftNameBody = z.infer<typeof DraftNameBody>

export const PublishRuleBody = z.object({
  title: Title,
  summary: Summary,
  document: RuleDocument,
  sourceTemplate: z.optional(text(120)),
  forkedFrom: z.optional(text(160)),
})
export type PublishRuleBody = z.infer<typeof PublishRuleBody>

/**
 * An amendment of a published rule: its new content, what changed and why (required: the history
 * page shows it), and optionally when and how the community adopted it.
 */
export const AmendRuleBody = z.extend(AmendmentFields, {
  title: Title,
  summary: Summary,
  document: RuleDocument,
})
export type AmendRuleBody = z.infer<typeof AmendRuleBody>

/** A steward withdraws a rule: an optional reason, shown on the page its URL then answers with (410). */
export const WithdrawRuleBody = z.object({ reason: z.optional(text(500)) })
export type WithdrawRuleBody = z.infer<typeof WithdrawRuleBody>

/** A steward invites someone to steward the rule with them, by email. */
export const InviteStewardBody = z.object({ email: Email })
export type InviteStewardBody = z.infer<typeof InviteStewardBody>

/** The token of an emailed steward invitation (the link's `?invite=`). */
export const AcceptInvitationBody = z.object({
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is not complete')),
})
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>

/** The name pages show for a member as a steward (empty: none; never their email). */
export const ProfileBody = z.object({ displayName: text(80) })
export type ProfileBody = z.infer<typeof ProfileBody>

/** Deleting my account: for each rule I alone steward (by id), withdraw it or keep it without an owner. */
export const DeleteAccountBody = z.object({
  rules: z._default(z.record(z.string().check(z.maxLength(64)), z.enum(['withdraw', 'keep'])), {}),
})
export type DeleteAccountBody = z.infer<typeof DeleteAccountBody>

/** A visitor's report of a rule (no account needed): why, and an optional note for the editors. */
export const ReportRuleBody = z.object({
  reason: z.enum(reportReasons, 'Choose a reason'),
  note: z.optional(text(REPORT_NOTE_MAX)),
})
export type ReportRuleBody = z.infer<typeof ReportRuleBody>

export const WebVitalMetric = z.object({
  name: z.enum(['CLS', 'FCP', 'INP', 'LCP', 'TTFB']),
  value: z.number().check(z.gte(0), z.lte(600000)),
  id: z.optional(text(100)),
  rating: z.optional(z.enum(['good', 'needs-improvement', 'poor'])),
})
export const WebVitalsBody = z.object({
  page: z._default(z.string().check(z.maxLength(60), z.regex(/^[a-z0-9-]+$/)), 'other'),
  metrics: z.array(WebVitalMetric).check(z.minLength(1), z.maxLength(20)),
})
export type WebVitalsBody = z.infer<typeof WebVitalsBody>

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.optional(z.string()) }),
  details: z.optional(z.array(z.unknown())),
})
export type ErrorBody = z.infer<typeof ErrorBody>
