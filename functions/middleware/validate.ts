import type { RequestHandler } from 'express'
import type { z } from 'zod'
import { safeParse, type $ZodType } from 'zod/v4/core'
import { HttpError } from '../lib/http-error'

/** Turns zod issues into the contract's `details: [{ path, message }]`. */
export function issuesToDetails(issues: z.core.$ZodIssue[]) {
  return issues.slice(0, 50).map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

/**
 * Validates `req.body` with a shared schema and hands handlers the parsed, typed value in
 * `res.locals.body`; handlers never re-parse.
 */
export function validateBody<S extends $ZodType>(schema: S): RequestHandler {
  return (req, res, next) => {
    const result = safeParse(schema, req.body ?? undefined)
    if (!result.success) {
      next(new HttpError(400, 'validation_failed', 'Some fields need attention.', issuesToDetails(result.error.issues)))
      return
    }
    res.locals.body = result.data
    next()
  }
}

export function validateQuery<S extends $ZodType>(schema: S): RequestHandler {
  return (req, res, next) => {
    const result = safeParse(schema, req.query)
    if (!result.success) {
      next(new HttpError(400, 'invalid_query', 'The query string is not valid.', issuesToDetails(result.error.issues)))
      return
    }
    res.locals.query = result.data
    next()
  }
}
