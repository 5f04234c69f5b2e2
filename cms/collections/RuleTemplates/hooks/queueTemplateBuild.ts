import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { RuleTemplate } from '@communityrule/core/data/payload-types'
import { queueSiteBuild } from '../../../lib/site-build-queue'

/** Only changes to what the public sees queue a build: a published version, or unpublishing. */
export const queueTemplateBuild: CollectionAfterChangeHook<RuleTemplate> = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await queueSiteBuild(req, `template changed: ${doc.slug}`)
  }
  return doc
}

export const queueTemplateRemoval: CollectionAfterDeleteHook<RuleTemplate> = async ({ doc, req }) => {
  await queueSiteBuild(req, `template deleted: ${doc.slug}`)
  return doc
}
