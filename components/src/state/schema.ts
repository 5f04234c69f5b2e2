/**
 * Browser-side validation schemas, written with `zod/mini`.
 *
 * NOTE: these mirror cms/schema/index.ts (the source of truth) because classic `zod` does not
 * tree-shake: importing the shared module costs ~27 KB gz even with only the used constructors,
 * which alone nearly fills the 30 KB create-flow budget. `zod/mini` costs ~8 KB for the same checks.
 * tests/unit/components-schema.test.ts proves both accept and reject the same documents, so the
 * copies cannot drift silently. Messages are the shared ones, plus plain-words length messages.
 */
import * as z from 'zod/mini'
import { sectionKinds, stepIds } from './kinds'

const tooLong = (max: number) => z.maxLength(max, `Keep this under ${max} characters`)
const text = (max: number) => z.string().check(tooLong(max))
const trimmed = (max: number, required?: string) =>
  required
    ? z.string().check(z.trim(), z.minLength(1, required), tooLong(max))
    : z.string().check(z.trim(), tooLong(max))

const stableId = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and dashes only'))

export const Module = z.object({
  id: stableId,
  name: trimmed(80, 'Give the module a name'),
  summary: z.optional(text(500)),
  config: z.optional(text(2000)),
})

export const Section = z.object({
  id: stableId,
  kind: z.enum(sectionKinds),
  title: trimmed(120, 'Give this section a title'),
  body: z.optional(text(10000)),
  modules: z.optional(z.array(Module).check(z.maxLength(30, 'Pick at most 30 building blocks'))),
})

export const Community = z.object({
  name: trimmed(120),
  description: z.optional(text(2000)),
  size: z.optional(text(60)),
})

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

/** The draft shape sent to PUT /api/drafts/me (partial on purpose). Spelled out rather than built with
 * z.partial/z.extend/z.iso, which cost ~1.5 KB gz more in the bundle. */
const isoDateTime =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/
export const CreateFlowState = z.object({
  step: z.enum(stepIds),
  templateSlug: z.optional(text(120)),
  forkedFrom: z.optional(text(160)),
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
            kind: z.enum(sectionKinds),
            title: z.optional(trimmed(120, 'Give this section a title')),
            body: z.optional(text(10000)),
            modules: z.optional(z.array(Module).check(z.maxLength(30))),
          }),
        )
        .check(z.maxLength(40)),
    ),
  }),
  updatedAt: z.string().check(z.regex(isoDateTime)),
})

export const Email = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'Enter a valid email address')),
  z.email({ message: 'Enter a valid email address' }),
)
export const OtpCode = z.string().check(z.trim(), z.regex(/^\d{6}$/, 'The code is the 6 digits from the email'))
