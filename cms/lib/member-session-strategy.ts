import type { AuthStrategy } from 'payload'
import { findActiveSession } from './active-session'
import { readCookie, SESSION_COOKIE } from './session-token'

/**
 * Payload auth strategy for members: the BFF's `cr_session` cookie, looked up by its hash.
 * Members have no password, so this is the only way a member becomes `req.user` — which lets
 * Payload's own access control (isOwner, isMember) apply to BFF calls made with `overrideAccess: false`.
 */
export const memberSessionStrategy: AuthStrategy = {
  name: 'cr-session',
  authenticate: async ({ payload, headers }) => {
    const token = readCookie(headers.get('cookie'), SESSION_COOKIE)
    if (!token) return { user: null }
    const session = await findActiveSession(payload, token)
    if (!session) return { user: null }
    return { user: { ...session.member, collection: 'members', _strategy: 'cr-session' } as never }
  },
}
