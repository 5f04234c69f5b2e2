/** CMS staff accounts (collection `users`: editors and admins, Payload's own auth). */
import type { Payload, PayloadRequest } from 'payload'
import type { User } from './payload-types'

/** How many staff accounts exist; pass the request of a hook so the count sees its transaction. */
export async function countUsers(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs
}

/** The CMS account signed in by these request headers (Payload's `payload-token` cookie), or null. */
export async function staffFromHeaders(payload: Payload, headers: Headers): Promise<User | null> {
  const { user } = await payload.auth({ headers })
  return user && user.collection === 'users' ? (user as User) : null
}
