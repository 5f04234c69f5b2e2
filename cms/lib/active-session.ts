import type { Payload } from 'payload'
import { hashSessionToken } from './session-token'
import { dbPool } from '@communityrule/core/data/pool'

export type ActiveSession = {
  sessionId: string
  member: { id: string; email: string; displayName: string | null }
  lastUsedAt: string
}

/**
 * Resolves a `cr_session` cookie token to its live session and member: one indexed join on the
 * token hash. The one lookup behind both the BFF's session middleware and Payload's member auth
 * strategy (server-only read of the sessions collection).
 */
export async function findActiveSession(payload: Payload, token: string): Promise<ActiveSession | null> {
  const pool = dbPool(payload)
  const { rows } = await pool.query<{
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
