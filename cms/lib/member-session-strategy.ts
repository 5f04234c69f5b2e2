import type { AuthStrategy } from 'payload'
import { hashSessionToken, readCookie, SESSION_COOKIE } from './session-token'

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
    const found = await payload.find({
      collection: 'sessions',
      where: { tokenHash: { equals: hashSessionToken(token) } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const session = found.docs[0]
    if (!session || session.revokedAt || new Date(session.expiresAt).getTime() <= Date.now()) {
      return { user: null }
    }
    const member = await payload.findByID({
      collection: 'members',
      id: session.member as string,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!member) return { user: null }
    return { user: { ...member, collection: 'members', _strategy: 'cr-session' } }
  },
}
