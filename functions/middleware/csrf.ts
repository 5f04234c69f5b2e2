import type { RequestHandler } from 'express'
import type { Config } from '@communityrule/core/config'
import { HttpError } from '../lib/http-error'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF: a state-changing request must carry JSON (a form cannot; the one exception is the report
 * form below, which needs no session) and, when the browser sends an Origin, come from our own
 * origin or an allow-listed embedding origin.
 */
// navigator.sendBeacon sends strings as text/plain; the beacon carries no credentials-based action.
const TEXT_PLAIN_ALLOWED = new Set(['/api/web-vitals'])
// A report of a rule works as a plain HTML form (no JavaScript, no cookie): same-origin form posts
// pass the Origin check above; cross-site ones carry a foreign Origin and are refused.
const FORM_ALLOWED = /^\/api\/rules\/[^/]+\/reports\/?$/

export function csrfGuard(env: Config): RequestHandler {
  const allowed = new Set([new URL(env.publicUrl).origin, ...env.CORS_ORIGINS])
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next()
    const origin = req.get('origin')
    if (origin && origin !== 'null' && !allowed.has(origin) && origin !== `${req.protocol}://${req.get('host')}`) {
      return next(new HttpError(403, 'forbidden_origin', 'Requests from this site are not allowed.'))
    }
    if (origin === 'null')
      return next(new HttpError(403, 'forbidden_origin', 'Requests from this site are not allowed.'))
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined
    const pathname = req.originalUrl.split('?')[0]!
    const types = TEXT_PLAIN_ALLOWED.has(pathname)
      ? ['application/json', 'application/*+json', 'text/plain']
      : FORM_ALLOWED.test(pathname)
        ? ['application/json', 'application/*+json', 'application/x-www-form-urlencoded']
        : ['application/json', 'application/*+json']
    if (hasBody && !req.is(types)) {
      return next(
        new HttpError(415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).'),
      )
    }
    next()
  }
}
