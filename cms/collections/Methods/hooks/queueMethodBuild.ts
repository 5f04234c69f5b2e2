import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Method } from '@communityrule/core/data/payload-types'
import { queueSiteBuild } from '../../../lib/site-build-queue'

/**
 * Only changes to what the public sees queue a build: a published version, or unpublishing. The
 * build rebuilds the method's page, /methods/ and the template pages that link it (site/publish.ts).
 */
export const queueMethodBuild: CollectionAfterChangeHook<Method> = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await queueSiteBuild(req, `method changed: ${doc.slug}`)
  }
  return doc
}

export const queueMethodRemoval: CollectionAfterDeleteHook<Method> = async ({ doc, req }) => {
  await queueSiteBuild(req, `method deleted: ${doc.slug}`)
  return doc
}
