/**
 * Member sessions: an opaque 32-byte token in the cookie, only its HMAC in Postgres. Each login makes
 * a new session (rotation); other sessions stay until they expire or the member revokes them.
 */
import type { Payload } from 'payload'
import { asMember, type Member } from './access'
import { dbPool } from './pool'
import type { Session } from './payload-types'
import { hashIp, hashSessionToken, newSessionToken, SESSION_TTL_MS } from './session-token'

/** Sliding expiry: `lastUsedAt` is written at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000

export type ActiveSession = {
  sessionId: string
  member: Member
  lastUsedAt: string
}

/** One of a member's live sessions, as the member's session list shows it. */
export type SessionView = Pick<Session, 'id' | 'createdAt' | 'lastUsedAt' | 'expiresAt'> & {
  userAgent: string | null
  current: boolean
}

/**
 * Resolves a `cr_session` cookie token to its live session and member: one indexed join on the
 * token hash, run for every request that carries the cookie (server-only read of the sessions
 * collection).
 */
export async function findActiveSession(payload: Payload, token: string): Promise<ActiveSession | null> {
  const { rows } = await dbPool(payload).query<{
    id: string
    last_used_at: Date
    member_id: string
    email: string
    display_name: string | null
  }>(
    `select s.id, s.last_used_at, m.id as member_id, m.email, m.display_name
       from sessions s join members m on m.id = s.member_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [hashSessionToken(token)],
  )
  const row = rows[0]
  if (!row) return null
  return {
    sessionId: row.id,
    member: { id: row.member_id, email: row.email, displayName: row.display_name },
    lastUsedAt: row.last_used_at.toISOString(),
  }
}

/** Starts a session for the member and returns its token (the cookie value; only its HMAC is kept). */
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

/** Slides `lastUsedAt` forward, unless it was written less than a minute ago. */
export async function touchSession(payload: Payload, session: ActiveSession): Promise<void> {
  if (Date.now() - new Date(session.lastUsedAt).getTime() < TOUCH_INTERVAL_MS) return
  await payload.update({
    collection: 'sessions',
    id: session.sessionId,
    data: { lastUsedAt: new Date().toISOString() },
    ...asMember(session.member),
  })
}

/** The member's live sessions, most recently used first; `currentId` marks the one asking. */
export async function listSessions(payload: Payload, member: Member, currentId?: string): Promise<SessionView[]> {
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { revokedAt: { exists: false }, expiresAt: { greater_than: new Date().toISOString() } },
    sort: '-lastUsedAt',
    limit: 100,
    depth: 0,
    ...asMember(member),
  })
  return docs.map((session) => ({
    id: session.id,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    userAgent: session.userAgent ?? null,
    expiresAt: session.expiresAt,
    current: session.id === currentId,
  }))
}

/** Revokes one of the member's live sessions; false when the member has no live session with that id. */
export async function revokeSession(payload: Payload, member: Member, id: string): Promise<boolean> {
  const { docs } = await payload.update({
    collection: 'sessions',
    where: { id: { equals: id }, revokedAt: { exists: false } },
    data: { revokedAt: new Date().toISOString() },
    depth: 0,
    ...asMember(member),
  })
  return docs.length > 0
}

/** Revokes every live session of the member but `currentId`; returns how many. */
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
