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
import express, { type Request, type RequestHandler } from 'express'
import type { Config } from '@communityrule/core/config'
import { HttpError } from '../lib/http-error'
import { clientKey, consumePoint, type Limiters } from '../lib/rate-limit'
import { SESSION_COOKIE } from '@communityrule/core/data/session-token'

/** Payload's admin saves whole documents (a template can be ~0.5 MB of JSON); 6 MB bodies are refused. */
export const CMS_BODY_LIMIT = '1mb'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const AUTH_PATH = /^\/cms-api\/users\/(login|forgot-password|reset-password|unlock|first-register)\/?$/
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
    const email = signInAttemptEmail(req)
    if (email !== undefined) {
      await consumePoint(limiters.cmsSignInPerIp, client, req, res)
      if (email) await consumePoint(limiters.cmsSignInPerEmailIp, `${email}|${client}`, req, res)
    }
    next()
  }

  return [dropMemberCookie, sameOriginWrites, limitWrites]
}

/**
 * For a sign-in style request, the email it names ('' if none can be read); undefined for any other
 * request. Reads the buffered body, never trusting it beyond picking a string out of it.
 */
function signInAttemptEmail(req: Request): string | undefined {
  const path = req.originalUrl.split('?')[0]!
  const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : ''
  if (AUTH_PATH.test(path)) return emailIn(parseJson(body)?.email)
  if (path.replace(/\/$/, '') === '/cms-api/graphql' && AUTH_MUTATION.test(body)) {
    const parsed = parseJson(body)
    return (
      emailIn(parsed?.variables?.email) || emailIn(/email\s*:\s*"([^"]{1,254})"/.exec(String(parsed?.query ?? ''))?.[1])
    )
  }
  return undefined
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
