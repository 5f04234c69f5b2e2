import type { CollectionBeforeChangeHook } from 'payload'
import type { Rule } from '@communityrule/core/data/payload-types'

/**
 * A member can only publish rules as themselves: whatever `owner` the data names, a member's create
 * is stamped with their own id (editors and server code keep what they set).
 */
export const setRuleOwner: CollectionBeforeChangeHook<Rule> = ({ data, req, operation }) => {
  const user = req.user as { id: string; collection?: string } | null
  if (operation === 'create' && user?.collection === 'members') return { ...data, owner: user.id }
  return data
}
