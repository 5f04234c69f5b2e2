import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Rule } from '@communityrule/core/data/payload-types'

/**
 * An editor hides a rule with a reason (its page answers 410 Gone with it); its stewards withdraw it
 * with or without one (`withdrawnAt`); restoring it clears both. A collection hook rather than a
 * field validator: Payload validates only the submitted fields of an update, and `{ hidden: true }`
 * alone must be refused too. (It runs after field access is applied, so it may clear the
 * withdrawal fields no API caller can write.)
 */
export const requireHiddenReason: CollectionBeforeChangeHook<Rule> = ({ data, originalDoc, req }) => {
  const hidden = data.hidden ?? originalDoc?.hidden ?? false
  if (!hidden) {
    const restoring = data.hiddenReason || originalDoc?.hiddenReason || originalDoc?.withdrawnAt
    return restoring ? { ...data, hiddenReason: null, withdrawnAt: null, withdrawnReason: null } : data
  }
  if (data.withdrawnAt ?? originalDoc?.withdrawnAt) return data
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
