import type { Response } from 'express'
import { SESSION_COOKIE, SESSION_TTL_MS } from '@communityrule/core/data/session-token'
import type { Config } from '@communityrule/core/config'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * HttpOnly, SameSite=Lax, Secure unless the site runs on localhost. When cross-site embedding is
 * configured over HTTPS, SameSite=None is required for the embedded create flow to send the cookie.
 */
function cookieOptions(env: Config) {
  const url = new URL(env.publicUrl)
  const secure = !LOCAL_HOSTS.has(url.hostname)
  const crossSite = secure && env.CORS_ORIGINS.length > 0
  // Partitioned (CHIPS): browsers that block third-party cookies still keep one per embedding site.
  return {
    httpOnly: true,
    secure,
    sameSite: crossSite ? ('none' as const) : ('lax' as const),
    partitioned: crossSite,
    path: '/',
  }
}

export function setSessionCookie(res: Response, env: Config, token: string): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(env), maxAge: SESSION_TTL_MS })
}

export function clearSessionCookie(res: Response, env: Config): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(env))
}
