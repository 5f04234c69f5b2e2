import type { RequestHandler } from 'express'
import { readCookie, SESSION_COOKIE } from '../../cms/lib/session-token'
import type { AppContext } from '../context'
import { unauthorized } from '../lib/http-error'
import type { Member } from '../lib/payload-access'
import { findActiveSession, touchSession } from '../services/sessions'

declare module 'http' {
  interface IncomingMessage {
    member?: Member
    sessionId?: string
  }
}

/** Resolves the `cr_session` cookie to a member (or nobody). Never fails the request by itself. */
export function loadSession(context: AppContext): RequestHandler {
  return async (req, _res, next) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE)
    if (!token) return next()
    const found = await findActiveSession(context.payload, token)
    if (found) {
      req.member = found.member
      req.sessionId = found.sessionId
      touchSession(context, found)
    }
    next()
  }
}

export const requireMember: RequestHandler = (req, _res, next) => {
  if (!req.member) return next(unauthorized())
  next()
}
