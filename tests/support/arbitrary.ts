/**
 * fast-check arbitraries derived from the shared zod schemas (through zod's JSON Schema output), so
 * fuzzing explores bodies shaped like real ones as well as arbitrary junk.
 */
import fc from 'fast-check'
import { z } from 'zod'
import type { $ZodType } from 'zod/v4/core'

type JsonSchema = Record<string, any>

function fromJsonSchema(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null)
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const variants = schema.anyOf ?? schema.oneOf
  if (variants) return fc.oneof(...variants.map((s: JsonSchema) => fromJsonSchema(s, depth + 1)))
  switch (schema.type) {
    case 'object': {
      const entries = Object.entries<JsonSchema>(schema.properties ?? {})
      const record = Object.fromEntries(entries.map(([key, value]) => [key, fromJsonSchema(value, depth + 1)]))
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((key: string) => key in record) })
    }
    case 'array':
      return fc.array(fromJsonSchema(schema.items ?? {}, depth + 1), { maxLength: Math.min(schema.maxItems ?? 5, 5) })
    case 'string':
      if (schema.format === 'email') return fc.emailAddress()
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
      if (schema.pattern === '^\\d{6}$') return fc.stringMatching(/^\d{6}$/)
      return fc.string({ maxLength: Math.min(schema.maxLength ?? 40, 200) })
    case 'integer':
      return fc.integer()
    case 'number':
      return fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 100000 }))
    case 'boolean':
      return fc.boolean()
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** Bodies for one endpoint: a third shaped by the schema, the rest arbitrary JSON and odd values. */
export function bodiesFor(schema: $ZodType): fc.Arbitrary<unknown> {
  const shaped = fromJsonSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, 0)
  return fc.oneof(
    shaped,
    fc.jsonValue({ maxDepth: 4 }),
    fc.anything({ maxDepth: 3 }).map((value) => {
      try {
        return JSON.parse(JSON.stringify(value ?? null))
      } catch {
        return null
      }
    }),
  )
}
