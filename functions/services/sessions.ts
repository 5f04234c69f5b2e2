/**
 * Member sessions: an opaque 32-byte token in the cookie, only its HMAC in Postgres. Each login makes
 * a new session (rotation); other sessions stay until they expire or the member revokes them.
 */
import type { Payload } from 'payload'
import { findActiveSession, type ActiveSession } from '../../cms/lib/active-session'
import { hashIp, hashSessionToken, newSessionToken, SESSION_TTL_MS } from '../../cms/lib/session-token'
import type { AppContext } from '../context'
import { notFound } from '../lib/http-error'
import { asMember, type Member } from '../lib/payload-access'

/** Sliding expiry: `lastUsedAt` is written at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000

export type { ActiveSession } from '../../cms/lib/active-session'
export { findActiveSession }

export async function createSession(
  payload: Payload,
  member: Member,
  meta: { userAgent?: string; ip?: string },
): Promise<string> {
  const token = newSessionToken()
  const now = new Date()
  await payload.create({
    collection: 'sessions',
    overrideAccess: true, // server-only write: members cannot mint sessions through the API
    data: {
      member: member.id,
      tokenHash: hashSessionToken(token),
      lastUsedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
      userAgent: meta.userAgent?.slice(0, 300),
      ipHash: hashIp(meta.ip),
    },
  })
  return token
}

export function touchSession({ payload, logger }: AppContext, session: ActiveSession): void {
  if (Date.now() - new Date(session.lastUsedAt).getTime() < TOUCH_INTERVAL_MS) return
  payload
    .update({
      collection: 'sessions',
      id: session.sessionId,
      data: { lastUsedAt: new Date().toISOString() },
      ...asMember(session.member),
    })
    .catch((err: Error) => logger.warn({ err: err.message }, 'could not slide session'))
}

export async function listSessions(payload: Payload, member: Member, currentId?: string) {
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { revokedAt: { exists: false }, expiresAt: { greater_than: new Date().toISOString() } },
    sort: '-lastUsedAt',
    limit: 100,
    depth: 0,
    ...asMember(member),
  })
  return docs.map((session) => ({
    id: String(session.id),
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    userAgent: session.userAgent ?? null,
    expiresAt: session.expiresAt,
    current: String(session.id) === currentId,
  }))
}

export async function revokeSession(payload: Payload, member: Member, id: string): Promise<void> {
  const { docs } = await payload.update({
    collection: 'sessions',
    where: { id: { equals: id }, revokedAt: { exists: false } },
    data: { revokedAt: new Date().toISOString() },
    depth: 0,
    ...asMember(member),
  })
  if (docs.length === 0) throw notFound('You have no active session with that id.')
}

export async function revokeOtherSessions(payload: Payload, member: Member, currentId: string): Promise<number> {
  const { docs } = await payload.update({
    collection: 'sessions',
    where: { id: { not_equals: currentId }, revokedAt: { exists: false } },
    data: { revokedAt: new Date().toISOString() },
    depth: 0,
    ...asMember(member),
  })
  return docs.length
}
