import type { ErrorRequestHandler, RequestHandler } from 'express'
import { HttpError } from '../lib/http-error'
import { isDatabaseDown } from '../lib/db-errors'

/** Unknown /api routes get the JSON contract, not Express's HTML page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No API route ${req.method} ${req.originalUrl.split('?')[0]}.`))
}

/**
 * The one place the error contract is produced. Bad input (including body-parser errors) is 4xx;
 * a database outage is 503 `unavailable`; anything else is a logged 500 without internals.
 */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let error: HttpError
  if (err instanceof HttpError) error = err
  else if (err?.type === 'entity.parse.failed')
    error = new HttpError(400, 'malformed_json', 'The request body is not valid JSON.')
  else if (err?.type === 'entity.too.large')
    error = new HttpError(
      413,
      'payload_too_large',
      `The request body is too large (${Math.round(Number(err.limit) / 1024)} KB at most).`,
    )
  else if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported')
    error = new HttpError(415, 'unsupported_encoding', 'Send the body as UTF-8 JSON.')
  else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500 && err.expose)
    error = new HttpError(err.status, 'bad_request', String(err.message))
  else if (err?.name === 'NotFound') error = new HttpError(404, 'not_found', 'Nothing here.')
  else if (err?.name === 'Forbidden') error = new HttpError(403, 'forbidden', 'You are not allowed to do that.')
  else if (err?.name === 'ValidationError' && Array.isArray(err?.data?.errors))
    error = new HttpError(
      400,
      'validation_failed',
      'Some fields need attention.',
      err.data.errors.map((e: { path: string; message: string }) => ({ path: e.path, message: e.message })),
    )
  else if (isDatabaseDown(err))
    error = new HttpError(
      503,
      'unavailable',
      'The database is briefly unavailable. Please try again in a moment.',
      undefined,
      { 'Retry-After': '5' },
    )
  else {
    req.log?.error({ err }, 'unhandled error')
    error = new HttpError(500, 'internal', 'Something went wrong on our side. It has been logged.')
  }
  if (error.status >= 500 && error.status !== 500) req.log?.warn({ code: error.code }, error.message)
  if (res.headersSent) return
  for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value)
  res.status(error.status).json({
    error: { code: error.code, message: error.message, requestId: req.id },
    ...(error.details ? { details: error.details } : {}),
    ...error.extra,
  })
}
