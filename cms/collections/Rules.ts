import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor, isMember, visibleOrEditor } from '../access'
import { RuleDocument } from '../schema'
import { validateWith } from '../lib/validate-with'
import { setRuleOwner } from '../hooks/set-rule-owner'
import { queueRuleBuild, queueRuleRemoval } from '../hooks/queue-site-build'
import { livePageUrl } from '../hooks/live-page-url'

/** Published rules. Public unless hidden by an editor; members create them through the BFF. */
export const Rules: CollectionConfig = {
  slug: 'rules',
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'slug', 'publishedAt', 'hidden', 'builtAt'],
    // "Preview" in the admin opens the live public page (absolute: the admin may run on another origin).
    preview: (doc) => livePageUrl(`/rules/${doc.slug as string}/`),
  },
  hooks: { beforeChange: [setRuleOwner], afterChange: [queueRuleBuild], afterDelete: [queueRuleRemoval] },
  access: {
    read: visibleOrEditor,
    create: isMember,
    update: isEditor,
    delete: isAdmin,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'summary', type: 'textarea', maxLength: 500 },
    { name: 'document', type: 'json', required: true, validate: validateWith(RuleDocument) },
    { name: 'sourceTemplate', type: 'text' },
    { name: 'forkedFrom', type: 'text' },
    { name: 'publishedAt', type: 'date', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'hidden',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Hidden rules are removed from the public site.' },
    },
    { name: 'builtAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
  ],
}
