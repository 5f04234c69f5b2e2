import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Rule } from '@communityrule/core/data/payload-types'

/**
 * A rule is hidden with a reason (its page answers 410 Gone with it) and restored without one. A
 * collection hook rather than a field validator: Payload validates only the submitted fields of an
 * update, and `{ hidden: true }` alone must be refused too.
 */
export const requireHiddenReason: CollectionBeforeChangeHook<Rule> = ({ data, originalDoc, req }) => {
  const hidden = data.hidden ?? originalDoc?.hidden ?? false
  if (!hidden) return data.hiddenReason || originalDoc?.hiddenReason ? { ...data, hiddenReason: null } : data
  const reason = (data.hiddenReason !== undefined ? data.hiddenReason : originalDoc?.hiddenReason)?.trim()
  if (!reason) {
    throw new ValidationError({
      collection: 'rules',
      errors: [{ path: 'hiddenReason', message: 'Give the reason for hiding this rule: visitors see it.' }],
      req,
    })
  }
  return { ...data, hiddenReason: reason }
}
