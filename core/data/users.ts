/** CMS staff accounts (collection `users`: editors and admins, Payload's own auth). */
import type { Payload, PayloadRequest } from 'payload'

/** How many staff accounts exist; pass the request of a hook so the count sees its transaction. */
export async function countUsers(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs
}
