import type { CollectionBeforeChangeHook } from 'payload'
import type { User } from '../../../payload-types'

/**
 * The first CMS account (Payload's "create first user" screen) becomes an admin, so someone can
 * manage editors from day one; every later account is whatever an admin chose (editor by default).
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
