/**
 * The figures of the editors' dashboard in the admin (cms/components/EditorDashboard.tsx): what
 * happened this week and what is waiting for an editor.
 */
import type { Payload } from 'payload'
import { lastSiteBuild } from './site-builds'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

export async function dashboardFigures(payload: Payload, now = new Date()) {
  const weekAgo = new Date(now.getTime() - WEEK_MS).toISOString()
  const [rulesThisWeek, templatesInDraft, openReports, lastBuild] = await Promise.all([
    payload.count({ collection: 'rules', where: { publishedAt: { greater_than: weekAgo } }, overrideAccess: true }),
    // Latest versions whose status is draft: never published, or with unpublished changes.
    payload.find({
      collection: 'rule-templates',
      where: { _status: { equals: 'draft' } },
      draft: true,
      limit: 1,
      depth: 0,
      select: { title: true },
      overrideAccess: true,
    }),
    // The reports collection arrives with moderation; until then there is nothing open.
    'rule-reports' in payload.collections
      ? payload.count({
          collection: 'rule-reports' as never,
          where: { status: { equals: 'open' } },
          overrideAccess: true,
        })
      : Promise.resolve({ totalDocs: 0 }),
    lastSiteBuild(payload),
  ])
  return {
    since: weekAgo,
    rulesThisWeek: rulesThisWeek.totalDocs,
    templatesInDraft: templatesInDraft.totalDocs,
    openReports: openReports.totalDocs,
    lastBuild,
  }
}
