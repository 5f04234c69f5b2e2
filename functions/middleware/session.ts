import type { RequestHandler } from 'express'
import { readCookie, SESSION_COOKIE } from '@communityrule/core/data/session-token'
import type { AppContext } from '../context'
import { unauthorized } from '../lib/http-error'
import type { Member } from '@communityrule/core/data/access'
import { findActiveSession, touchSession } from '@communityrule/core/data/sessions'

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
      // Never awaited: sliding the expiry must not slow or fail the request.
      touchSession(context.payload, found).catch((err: Error) =>
        context.logger.warn({ err: err.message }, 'could not slide session'),
      )
    }
    next()
  }
}

export const requireMember: RequestHandler = (req, _res, next) => {
  if (!req.member) return next(unauthorized())
  next()
}
