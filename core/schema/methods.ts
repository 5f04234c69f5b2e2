/**
 * The zod schema of a governance method (the library's shape is in ./method-fields.ts): one schema
 * per group, so each group's structured fields are required and nothing else is accepted. Used by the
 * seed's test, the Payload collection's validation, `GET /api/methods` and the create flow's "add my
 * own method".
 */
import * as z from 'zod/mini'
import { slugPattern } from './constants'
import {
  maturities,
  methodFields,
  methodGroups,
  organisationKinds,
  scales,
  sizeBands,
  type MethodData,
  type MethodGroup,
} from './method-fields'

const prose = (max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, 'Write something here'), z.maxLength(max, `Keep this under ${max} characters`))

export const MethodSlug = z.string().check(z.regex(slugPattern, 'Use lower-case letters, digits and dashes only'))

export const Facets = z.object({
  organisationKinds: z.array(z.enum(organisationKinds)),
  sizeBands: z.array(z.enum(sizeBands)),
  maturities: z.array(z.enum(maturities)),
  scales: z.array(z.enum(scales)),
})

const FurtherReading = z.object({
  title: prose(200),
  url: z.optional(z.url()),
  note: z.optional(prose(300)),
})

/** The structured fields of one group: each required, each prose. */
function detailsOf<G extends MethodGroup>(group: G) {
  const shape = Object.fromEntries(methodFields[group].map(([name]) => [name, prose(1500)])) as Record<
    (typeof methodFields)[G][number][0],
    ReturnType<typeof prose>
  >
  return z.object(shape)
}

const methodOf = <G extends MethodGroup>(group: G) =>
  z.object({
    slug: MethodSlug,
    group: z.literal(group),
    name: prose(80),
    summary: prose(300),
    details: detailsOf(group),
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
