/**
 * What stands in front of Payload's Next app (`/admin`, `/cms-api`, `/_next`), so the editors' door
 * is held to the same rules as `/api` (docs/security.md, "One gate"):
 * - a member's `cr_session` cookie never reaches Payload (members are not Payload users anyway);
 * - state changes must come from our own origin (editors use the admin on this origin);
 * - `/cms-api` bodies are read here with a size cap (chunked bodies too) and then forwarded;
 * - every `/cms-api` write is rate-limited per client, and sign-in style operations (REST login,
 *   forgot/reset password, unlock, first user, and their GraphQL mutations) per client and per
 *   email + client, so a stranger can neither guess passwords nor lock an editor out;
 * - request ids and logs come from the app-wide middleware that runs before this.
 */
import { posix } from 'node:path'
import express, { type RequestHandler } from 'express'
import type { Config } from '@communityrule/core/config'
import { HttpError } from '../lib/http-error'
import { clientKey, consumePoint, type Limiters } from '../lib/rate-limit'
import { SESSION_COOKIE } from '@communityrule/core/data/session-token'

/** Payload's admin saves whole documents (a template can be ~0.5 MB of JSON); 6 MB bodies are refused. */
export const CMS_BODY_LIMIT = '1mb'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const AUTH_PATH = /^\/cms-api\/users\/(login|forgot-password|reset-password|unlock|first-register)$/
const AUTH_MUTATION = /\b(loginUser|forgotPasswordUser|resetPasswordUser|unlockUser|registerFirstUser)\b/

export function cmsApiGuard(env: Config, limiters: Limiters): RequestHandler[] {
  const ownOrigin = new URL(env.publicUrl).origin
  const readBody = express.raw({ type: () => true, limit: CMS_BODY_LIMIT })

  const dropMemberCookie: RequestHandler = (req, _res, next) => {
    const cookie = req.headers.cookie
    if (cookie?.includes(`${SESSION_COOKIE}=`)) {
      const rest = cookie
        .split(';')
        .filter((part) => part.trim().split('=')[0] !== SESSION_COOKIE)
        .join(';')
      if (rest.trim()) req.headers.cookie = rest
      else delete req.headers.cookie
    }
    next()
  }

  const sameOriginWrites: RequestHandler = (req, _res, next) => {
    if (SAFE.has(req.method)) return next()
    const origin = req.get('origin')
    const fetchSite = req.get('sec-fetch-site')
    const hostOrigin = `${req.protocol}://${req.get('host')}`
    if ((origin && origin !== ownOrigin && origin !== hostOrigin) || fetchSite === 'cross-site') {
      return next(new HttpError(403, 'forbidden_origin', 'Requests from this site are not allowed.'))
    }
    next()
  }

  const limitWrites: RequestHandler = async (req, res, next) => {
    if (SAFE.has(req.method) || !req.originalUrl.startsWith('/cms-api')) return next()
    await new Promise<void>((resolve, reject) => readBody(req, res, (err?: unknown) => (err ? reject(err) : resolve())))
    const client = clientKey(req.ip) ?? 'unknown'
    await consumePoint(limiters.cmsWritePerIp, client, req, res)
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : ''
    const attempt = signInAttempt(req.originalUrl, body)
    if (attempt) {
      // Several aliased loginUser mutations in one request would be several guesses for one point.
      if (attempt.operations > 1) {
        return next(new HttpError(400, 'one_sign_in_per_request', 'Send one sign-in operation per request.'))
      }
      await consumePoint(limiters.cmsSignInPerIp, client, req, res)
      if (attempt.email) await consumePoint(limiters.cmsSignInPerEmailIp, `${attempt.email}|${client}`, req, res)
    }
    next()
  }

  return [dropMemberCookie, sameOriginWrites, limitWrites]
}

/**
 * The path as Payload's router resolves it: percent-decoded, backslashes as slashes, repeated slashes
 * collapsed, dot segments resolved (`/cms-api//users/%6cogin` and `/cms-api/../cms-api/users/login`
 * both reach the login endpoint).
 */
export function routedPath(originalUrl: string): string {
  let pathname = originalUrl.split('?')[0]!
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    // a malformed escape: Payload will not route it either
  }
  const normal = posix.normalize(pathname.replace(/\\/g, '/').replace(/\/{2,}/g, '/'))
  return normal.length > 1 ? normal.replace(/\/$/, '') : normal
}

/**
 * For a sign-in style request, how many sign-in operations it carries and the email it names ('' if
 * none can be read); undefined for any other request. Reads the buffered body, never trusting it
 * beyond picking strings out of it. GraphQL is read as Payload reads it (the parsed `query`, so JSON
 * escapes such as `log\u0069nUser` do not hide a mutation), falling back to the raw text.
 */
export function signInAttempt(originalUrl: string, body: string): { operations: number; email: string } | undefined {
  const path = routedPath(originalUrl)
  if (AUTH_PATH.test(path)) return { operations: 1, email: emailIn(parseJson(body)?.email) }
  if (path !== '/cms-api/graphql') return undefined
  const parsed = parseJson(body)
  const query = typeof parsed?.query === 'string' ? parsed.query : body
  const operations = query.match(new RegExp(AUTH_MUTATION.source, 'g'))?.length ?? 0
  if (!operations) return undefined
  return {
    operations,
    email: emailIn(parsed?.variables?.email) || emailIn(/email\s*:\s*"([^"]{1,254})"/.exec(query)?.[1]),
  }
}

function parseJson(text: string): { email?: unknown; query?: unknown; variables?: { email?: unknown } } | undefined {
  try {
    const value = JSON.parse(text)
    return value && typeof value === 'object' ? value : undefined
  } catch {
    return undefined // multipart or form bodies: counted per client only
  }
}

const emailIn = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase().slice(0, 254) : '')
