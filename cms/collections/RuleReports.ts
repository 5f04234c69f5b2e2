import type { CollectionConfig } from 'payload'
import { isEditor, nobody, nobodyField, serverOnlyField, staffOrServerField } from '../access'
import { REPORT_NOTE_MAX, reportReasonLabels, reportReasons } from '@communityrule/core/schema/constants'
import { reportedRule } from '@communityrule/core/data/reports'
import { paths } from '@communityrule/core/paths'
import { livePageUrl } from '../lib/live-page-url'

/** What the reporter said: written once by the BFF, never changed afterwards. */
const asReported = { create: serverOnlyField, update: nobodyField }

/**
 * Visitors' reports of published rules. Only the BFF files them (`POST /api/rules/:idOrSlug/reports`,
 * core/data/reports.ts); editors read them, dismiss them (status `dismissed`) or hide the rule, which
 * marks the rule's open reports `actioned` (cms/collections/Rules/hooks/actionReports.ts).
 */
export const RuleReports: CollectionConfig = {
  slug: 'rule-reports',
  defaultSort: '-createdAt',
  admin: {
    group: 'Moderation',
    defaultColumns: ['rule', 'reason', 'status', 'createdAt'],
    // Payload 3.90's list view can group by a field (beta): "Group by → Rule" shows each rule's reports together.
    groupBy: true,
    listSearchableFields: ['note'],
    description:
      'Reports from visitors, newest first. Group by Rule to see each rule’s reports together, filter by Status to see the open ones. Open a report to reach the rule: hide it with a reason, or dismiss the report.',
    // "Preview" on a report opens the reported rule's public page (a 410 page once it is hidden).
    preview: async (doc, { req }) => {
      const rule = await reportedRule(req.payload, doc.rule)
      return rule ? livePageUrl(paths.rule(rule.slug)) : null
    },
  },
  access: {
    read: isEditor,
    create: nobody, // the BFF files reports with the Local API (server code)
    update: isEditor,
    delete: isEditor,
  },
  fields: [
    {
      name: 'rule',
      type: 'relationship',
      relationTo: 'rules',
      // Not required: Payload's foreign key is ON DELETE SET NULL, so a deleted rule leaves its reports behind.
      index: true,
      access: asReported,
      admin: { readOnly: true },
    },
    {
      name: 'links',
      type: 'ui',
      admin: { components: { Field: '/components/ReportRuleLinks#ReportRuleLinks' } },
    },
    {
      name: 'reason',
      type: 'select',
      required: true,
      options: reportReasons.map((value) => ({ value, label: reportReasonLabels[value] })),
      access: asReported,
      admin: { readOnly: true },
    },
    { name: 'note', type: 'textarea', maxLength: REPORT_NOTE_MAX, access: asReported, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: 'Open' },
        { value: 'dismissed', label: 'Dismissed' },
        { value: 'actioned', label: 'Actioned (rule hidden)' },
      ],
      access: { create: serverOnlyField },
      admin: {
        position: 'sidebar',
        description: 'Dismiss a report that needs no action. Hiding the rule marks its open reports actioned.',
      },
    },
    {
      name: 'reporter',
      type: 'text',
      access: { read: staffOrServerField, ...asReported },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'A keyed hash of the reporter’s network address: the same value means the same source.',
      },
    },
  ],
}
