/** An error that maps to the API's error contract: `{ error: { code, message }, details? }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
    readonly headers?: Record<string, string>,
    /** Extra top-level fields of the error body, e.g. `retryAfterMs` on a 429. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message)
  }
}

export const notFound = (message = 'Nothing here.') => new HttpError(404, 'not_found', message)
export const unauthorized = (message = 'Sign in to continue.') => new HttpError(401, 'unauthorized', message)
export const unavailable = (message = 'The service is briefly unavailable. Please try again in a moment.') =>
  new HttpError(503, 'unavailable', message, undefined, { 'Retry-After': '5' })
