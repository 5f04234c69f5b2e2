import type { CollectionConfig } from 'payload'
import { isEditor, nobody } from '../access'
import { siteBuildKinds } from '@communityrule/core/data/site-builds'

/**
 * One row per site build that changed something (full builds at start-up, incremental publishes):
 * when, how many pages, and every page that failed to render. Written by the site build only
 * (core/data/site-builds.ts: 30 days, and at least the newest 100); editors read it on the dashboard and here.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Site build', plural: 'Site builds' },
  defaultSort: '-createdAt',
  admin: {
    group: 'Admin',
    useAsTitle: 'createdAt',
    defaultColumns: ['createdAt', 'kind', 'pages', 'removed', 'seconds'],
    description: 'Every site build that changed a page, newest first, with any page that failed to render.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'kind', type: 'select', required: true, options: [...siteBuildKinds], admin: { readOnly: true } },
    { name: 'pages', type: 'number', required: true, admin: { readOnly: true, description: 'Pages written' } },
    { name: 'removed', type: 'number', required: true, admin: { readOnly: true, description: 'Pages removed' } },
    { name: 'seconds', type: 'number', required: true, admin: { readOnly: true } },
    {
      name: 'failures',
      type: 'array',
      admin: { readOnly: true, description: 'Records the build skipped: they keep their last good page or none.' },
      fields: [
        { name: 'kind', type: 'text', required: true },
        { name: 'recordId', type: 'text', required: true },
        { name: 'slug', type: 'text' },
        { name: 'reason', type: 'textarea', required: true },
      ],
    },
  ],
}
