/**
 * The written part of a governance method: name, summary and its group's structured fields, each
 * required prose. ./methods.ts builds the library's full schema from it; the create flow's "add my own
 * method" checks a community's own method with it alone, because the full schema's other parts
 * (facets, links, the union over groups) would move more of zod into the page's first download
 * (esbuild shares a library's code with the first chunk whenever both use it).
 */
import * as z from 'zod/mini'
import { methodFields, type MethodGroup } from './method-fields'

export const prose = (max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, 'Write something here'), z.maxLength(max, `Keep this under ${max} characters`))

/** The structured fields of one group: each required, each prose. */
export function detailsOf<G extends MethodGroup>(group: G) {
  const shape = Object.fromEntries(methodFields[group].map(([name]) => [name, prose(1500)])) as Record<
    (typeof methodFields)[G][number][0],
    ReturnType<typeof prose>
  >
  return z.object(shape)
}

/** Name, summary and structured fields of a method of `group`. */
export const methodText = <G extends MethodGroup>(group: G) =>
  z.object({ name: prose(80), summary: prose(300), details: detailsOf(group) })
