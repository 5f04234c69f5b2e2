import type { ZodType } from 'zod'

/** Adapts a shared zod schema to a Payload field validator, so the CMS enforces the same shape as the BFF. */
export const validateWith =
  (schema: ZodType) =>
  (value: unknown): true | string => {
    const result = schema.safeParse(value)
    if (result.success) return true
    return result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`)
      .join('; ')
  }
