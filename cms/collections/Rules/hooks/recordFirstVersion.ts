import type { CollectionAfterChangeHook } from 'payload'
import type { Rule } from '@communityrule/core/data/payload-types'
import { recordVersion } from '@communityrule/core/data/rule-versions'

/**
 * A newly published rule gets its version 1 and its author as first steward, in the same
 * transaction: every rule has a history from its first day, and someone who may amend it.
 */
export const recordFirstVersion: CollectionAfterChangeHook<Rule> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const author = typeof doc.owner === 'object' ? doc.owner?.id : doc.owner
  // Only an account's deletion leaves a rule without an owner; a rule is always published by someone.
  if (!author) throw new Error('a rule is published by a member: owner is missing')
  await recordVersion(req.payload, { rule: doc, number: 1, author, publishedAt: doc.publishedAt }, req)
  await req.payload.create({
    collection: 'rule-stewards',
    data: { rule: doc.id, member: author, role: 'author', acceptedAt: doc.publishedAt },
    overrideAccess: true,
    req,
  })
  return doc
}
