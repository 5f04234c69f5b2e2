/**
 * What an amendment of a published rule says about itself. Its own module so that only the part of
 * the create flow that publishes amendments downloads it (esbuild keeps every top-level zod call of
 * a module it bundles: see ./index.ts).
 */
import * as z from 'zod/mini'
import { ADOPTED_BY_MAX, AMENDMENT_NOTE_MAX } from './constants'
import { trimmed } from './index'

/**
 * What changed and why (required), and optionally when and how the community adopted it (a
 * decision method's slug from the library, or a few words).
 */
export const AmendmentFields = z.object({
  note: trimmed(AMENDMENT_NOTE_MAX, 'Say what changed and why'),
  adoptedOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-12'))),
  adoptedBy: z.optional(trimmed(ADOPTED_BY_MAX)),
})
export type AmendmentFields = z.infer<typeof AmendmentFields>
