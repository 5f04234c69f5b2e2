import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Rule } from '@communityrule/core/data/payload-types'
import { queueSiteBuild } from '../../../lib/site-build-queue'

/** A published, edited or hidden rule queues the incremental site build (its page, listings, feed). */
export const queueRuleBuild: CollectionAfterChangeHook<Rule> = async ({ doc, operation, req }) => {
  await queueSiteBuild(req, `rule ${operation}: ${doc.slug}`)
  return doc
}

/** A deleted rule's page leaves the site with the next build. */
export const queueRuleRemoval: CollectionAfterDeleteHook<Rule> = async ({ doc, req }) => {
  await queueSiteBuild(req, `rule deleted: ${doc.slug}`)
  return doc
}
