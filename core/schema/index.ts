/**
 * The one place where CommunityRule's data shapes are defined: one schema per payload, imported by
 * the BFF (request validation, OpenAPI), the CMS (field validation), the Eleventy build and the
 * browser bundle (step validation).
 *
 * Written with `zod/mini` because the browser imports it: classic zod does not tree-shake and would
 * cost ~27 KB gz of the create flow's 30 KB budget; zod/mini costs ~8 KB for the same checks. No
 * Payload or Node-only import may appear here. Messages are written for people, since the create
 * flow shows them next to fields. Request/response bodies live in ./api.ts, which the browser only
 * imports types from (esbuild keeps every top-level zod call of a module it bundles).
 */
import * as z from 'zod/mini'
import {
  ADOPTED_BY_MAX,
  AMENDMENT_NOTE_MAX,
  maturities,
  organisationKinds,
  scales,
  sectionKinds,
  sizeBands,
  stepIds,
} from './constants'

export * from './constants'

const tooLong = (max: number) => z.maxLength(max, `Keep this under ${max} characters`)
const text = (max: number) => z.string().check(tooLong(max))
/** A string trimmed before its checks; with `required`, the message when nothing is left. */
export const trimmed = (max: number, required?: string) =>
  required
    ? z.string().check(z.trim(), z.minLength(1, required), tooLong(max))
    : z.string().check(z.trim(), tooLong(max))

const stableId = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and dashes only'))

export const SectionKindSchema = z.enum(sectionKinds)

export const Module = z.object({
  id: stableId,
  name: trimmed(80, 'Give the module a name'),
  summary: z.optional(text(500)),
  config: z.optional(text(2000)),
  /** A community's own method: its group's structured fields, as written (labels from methodFields). */
  details: z.optional(z.array(z.object({ label: trimmed(60), text: trimmed(1500) })).check(z.maxLength(6))),
})
export type Module = z.infer<typeof Module>

export const Section = z.object({
  id: stableId,
  kind: SectionKindSchema,
  title: trimmed(120, 'Give this section a title'),
  body: z.optional(text(10000)),
  modules: z.optional(z.array(Module).check(z.maxLength(30, 'Pick at most 30 building blocks'))),
})
export type Section = z.infer<typeof Section>

export const Community = z.object({
  name: trimmed(120),
  description: z.optional(text(2000)),
  size: z.optional(text(60)),
})
export type Community = z.infer<typeof Community>

export const Title = trimmed(120, 'Give your rule a title')
export const Summary = z.optional(text(500))
export const Sections = z
  .array(Section)
  .check(z.minLength(1, 'Add at least one section'), z.maxLength(40, 'A rule can have at most 40 sections'))

export const RuleDocument = z.object({
  title: Title,
  summary: Summary,
  community: z.optional(Community),
  sections: Sections,
})
export type RuleDocument = z.infer<typeof RuleDocument>

// ISO-8601 date-time with offset, spelled out (z.iso costs ~1.5 KB gz more in the bundle).
const isoDateTime =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/

/**
 * The community profile the create flow asks for (recommendations, core/schema/recommend.ts): every
 * part optional, one value each. Same shape as `CommunityProfile` in ./method-fields.
 */
export const CommunityProfileSchema = z.object({
  organisationKind: z.optional(z.enum(organisationKinds)),
  sizeBand: z.optional(z.enum(sizeBands)),
  maturity: z.optional(z.enum(maturities)),
  scale: z.optional(z.enum(scales)),
})

/**
 * A create-flow draft (POST /api/drafts, PUT /api/drafts/:id): partial on purpose, a draft may be half-written.
 * `profile` came later and is optional, so drafts saved before it still load.
 */
/**
 * A draft that amends a published rule: which rule, the version it started from (sent as If-Match),
 * and, after someone else amended first, the version that is now current.
 */
export const AmendingRule = z.object({
  rule: text(64),
  slug: text(81),
  title: text(120),
  version: z.number(),
  conflict: z.optional(z.number()),
})
export type AmendingRule = z.infer<typeof AmendingRule>

export const CreateFlowState = z.object({
  step: z.enum(stepIds),
  profile: z.optional(CommunityProfileSchema),
  templateSlug: z.optional(text(120)),
  forkedFrom: z.optional(text(160)),
  amend: z.optional(AmendingRule),
  /** The amendment's note and adoption as typed so far (checked with AmendmentFields, ./amendment.ts, when publishing). */
  amendment: z.optional(
    z.object({
      note: z.optional(text(AMENDMENT_NOTE_MAX)),
      adoptedOn: z.optional(text(10)),
      adoptedBy: z.optional(text(ADOPTED_BY_MAX)),
    }),
  ),
  document: z.object({
    title: z.optional(text(120)),
    summary: z.optional(text(500)),
    community: z.optional(
      z.object({ name: z.optional(trimmed(120)), description: z.optional(text(2000)), size: z.optional(text(60)) }),
    ),
    sections: z.optional(
      z
        .array(
          z.object({
            id: stableId,
            kind: SectionKindSchema,
            title: z.optional(trimmed(120, 'Give this section a title')),
            body: z.optional(text(10000)),
            modules: z.optional(z.array(Module).check(z.maxLength(30))),
          }),
        )
        .check(z.maxLength(40)),
    ),
  }),
  updatedAt: z.string().check(z.regex(isoDateTime, 'Use an ISO 8601 date-time')),
})
export type CreateFlowState = z.infer<typeof CreateFlowState>

// ---- fields the sign-in form validates in the browser ----

export const Email = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'Enter a valid email address')),
  z.email({ message: 'Enter a valid email address' }),
)
export const OtpCode = z.string().check(z.trim(), z.regex(/^\d{6}$/, 'The code is the 6 digits from the email'))
