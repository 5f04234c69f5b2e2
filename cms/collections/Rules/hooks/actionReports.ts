import type { CollectionAfterChangeHook } from 'payload'
import type { Rule } from '@communityrule/core/data/payload-types'
import { markReportsActioned } from '@communityrule/core/data/reports'

/** Hiding a rule deals with its open reports: they become `actioned` (in the same transaction). */
export const actionReports: CollectionAfterChangeHook<Rule> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.hidden && !previousDoc?.hidden) await markReportsActioned(req.payload, doc.id, req)
  return doc
}
