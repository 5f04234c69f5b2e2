/**
 * The zod schema of a governance method (the library's shape is in ./method-fields.ts): one schema
 * per group, so each group's structured fields are required and nothing else is accepted. Used by the
 * seed's test, the Payload collection's validation and `GET /api/methods`; its written part
 * (./method-text.ts) also checks the create flow's "add my own method".
 */
import * as z from 'zod/mini'
import { OWN_PREFIX, slugPattern } from './constants'
import {
  maturities,
  methodGroups,
  organisationKinds,
  scales,
  sizeBands,
  type MethodData,
  type MethodGroup,
} from './method-fields'
import { methodText, prose } from './method-text'

export const MethodSlug = z.string().check(
  z.regex(slugPattern, 'Use lower-case letters, digits and dashes only'),
  z.refine(
    (slug) => !slug.startsWith(OWN_PREFIX),
    `Slugs starting with “${OWN_PREFIX}” are kept for communities’ own methods`,
  ),
)

export const Facets = z.object({
  organisationKinds: z.array(z.enum(organisationKinds)),
  sizeBands: z.array(z.enum(sizeBands)),
  maturities: z.array(z.enum(maturities)),
  scales: z.array(z.enum(scales)),
})

export const FurtherReading = z.object({
  title: prose(200),
  url: z.optional(z.url()),
  note: z.optional(prose(300)),
})

const methodOf = <G extends MethodGroup>(group: G) =>
  z.object({
    slug: MethodSlug,
    group: z.literal(group),
    ...methodText(group).shape,
    facets: Facets,
    related: z.array(MethodSlug).check(z.maxLength(8)),
    furtherReading: z.array(FurtherReading).check(z.maxLength(5)),
  })

export const Method = z.discriminatedUnion(
  'group',
  methodGroups.map((group) => methodOf(group)) as unknown as [
    ReturnType<typeof methodOf<'values'>>,
    ...ReturnType<typeof methodOf<MethodGroup>>[],
  ],
)

/** A method the schema accepted, typed as the library's MethodData. */
export function parseMethod(input: unknown): MethodData {
  return Method.parse(input) as MethodData
}
