import type { CollectionBeforeChangeHook } from 'payload'
import type { User } from '@communityrule/core/data/payload-types'
import { countUsers } from '@communityrule/core/data/users'

/**
 * The first CMS account (Payload's "create first user" screen) becomes an admin, so someone can
 * manage editors from day one; every later account is whatever an admin chose (editor by default).
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return (await countUsers(req.payload, req)) === 0 ? { ...data, role: 'admin' } : data
}
