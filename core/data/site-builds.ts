/**
 * The record of site builds (collection `site-builds`): what the editors' dashboard shows as "the last
 * site build". Only builds that wrote, removed or skipped a page are recorded; rows older than
 * KEEP_DAYS go, but never the newest KEEP.
 */
import type { Payload } from 'payload'
import type { SiteBuild } from './payload-types'

export const siteBuildKinds = ['full', 'incremental'] as const
export type SiteBuildKind = (typeof siteBuildKinds)[number]

export type SiteBuildRecord = {
  kind: SiteBuildKind
  pages: number
  removed: number
  seconds: number
  failures: Array<{ kind: string; id: string; slug: string; reason: string }>
}

const KEEP = 100
const KEEP_DAYS = 30

/** Records a build; one that wrote, removed and skipped nothing is not worth a row. */
export async function recordSiteBuild(payload: Payload, build: SiteBuildRecord): Promise<void> {
  if (!build.pages && !build.removed && !build.failures.length) return
  await payload.create({
    collection: 'site-builds',
    data: {
      kind: build.kind,
      pages: build.pages,
      removed: build.removed,
      seconds: Math.round(build.seconds * 1000) / 1000,
      failures: build.failures.map(({ kind, id, slug, reason }) => ({ kind, recordId: id, slug, reason })),
    },
    overrideAccess: true,
    context: { disableSiteBuild: true },
  })
  const { docs } = await payload.find({
    collection: 'site-builds',
    sort: '-createdAt',
    limit: 1,
    page: KEEP + 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
  })
  if (!docs[0]) return
  // Beyond the newest KEEP, and older than KEEP_DAYS.
  const cutoff = new Date(Date.now() - KEEP_DAYS * 24 * 60 * 60 * 1000).toISOString()
  await payload.delete({
    collection: 'site-builds',
    where: { and: [{ createdAt: { less_than_equal: docs[0].createdAt } }, { createdAt: { less_than: cutoff } }] },
    overrideAccess: true,
  })
}

export async function lastSiteBuild(payload: Payload): Promise<SiteBuild | null> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
