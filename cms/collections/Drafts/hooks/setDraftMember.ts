import type { CollectionBeforeChangeHook } from 'payload'
import type { Draft } from '@communityrule/core/data/payload-types'

/** A member's draft always belongs to that member, whatever the data says. */
export const setDraftMember: CollectionBeforeChangeHook<Draft> = ({ data, req }) => {
  const user = req.user as { id: string; collection?: string } | null
  if (user?.collection === 'members') return { ...data, member: user.id }
  return data
}
