import type { $ZodType } from 'zod/v4/core'
import { safeParse } from 'zod/v4/core'

/** Adapts a shared zod schema to a Payload field validator, so the CMS enforces the same shape as the BFF. */
export const validateWith =
  (schema: $ZodType) =>
  (value: unknown): true | string => {
    const result = safeParse(schema, value)
    if (result.success) return true
    return result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`)
      .join('; ')
  }

/** As validateWith, for an optional field: empty (Payload stores null or '') is fine. */
export const validateOptional = (schema: $ZodType) => {
  const validate = validateWith(schema)
  return (value: unknown): true | string =>
    value === null || value === undefined || value === '' ? true : validate(value)
}
