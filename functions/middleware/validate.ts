import type { Request, RequestHandler, Response } from 'express'
import type { z } from 'zod'
import { safeParse, type $ZodType, type output } from 'zod/v4/core'
import { HttpError } from '../lib/http-error'

/** Turns zod issues into the contract's `details: [{ path, message }]`. */
export function issuesToDetails(issues: z.core.$ZodIssue[]) {
  return issues.slice(0, 50).map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

type Part = 'body' | 'query' | 'params' | 'headers'
type Schemas = Partial<Record<Part, $ZodType>>
/** What a handler receives: each part parsed by its schema (defaults and coercions applied). */
export type Validated<S extends Schemas> = { [K in keyof S]: S[K] extends $ZodType ? output<S[K]> : never }

const failures: Record<Part, [code: string, message: string]> = {
  body: ['validation_failed', 'Some fields need attention.'],
  query: ['invalid_query', 'The query string is not valid.'],
  params: ['invalid_params', 'The address is not valid.'],
  headers: ['invalid_headers', 'A request header is not valid.'],
}

const partOf = (req: Request, part: Part): unknown => (part === 'body' ? (req.body ?? undefined) : req[part])

/**
 * `validate({ body, query, params, headers })`: a middleware that parses each part with its shared
 * schema (400 with the contract's details on failure) and a typed `read(res)` for the handler, so
 * handlers never cast and never re-parse:
 *
 *   const input = validate({ body: PublishRuleBody })
 *   router.post('/', input, (req, res) => { const { body } = input.read(res) })
 */
let validators = 0

export function validate<S extends Schemas>(schemas: S): RequestHandler & { read(res: Response): Validated<S> } {
  const key = `validated${++validators}`
  const middleware: RequestHandler = (req, res, next) => {
    const parsed: Record<string, unknown> = {}
    for (const part of Object.keys(schemas) as Part[]) {
      const result = safeParse(schemas[part]!, partOf(req, part))
      if (!result.success) {
        const [code, message] = failures[part]
        next(new HttpError(400, code, message, issuesToDetails(result.error.issues)))
        return
      }
      parsed[part] = result.data
    }
    res.locals[key] = parsed
    next()
  }
  // The one place the parsed values meet their type: the middleware above stored exactly this shape.
  const read = (res: Response) => res.locals[key] as Validated<S>
  return Object.assign(middleware, { read })
}
