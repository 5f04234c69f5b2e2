import type { CollectionConfig } from 'payload'
import { isEditor, publishedOrEditor } from '../../access'
import { templateCategories } from '@communityrule/core/schema'
import { RuleTemplate } from '@communityrule/core/schema/api'
import { validateWith } from '../../lib/validate-with'
import { queueTemplateBuild, queueTemplateRemoval } from './hooks/queueTemplateBuild'
import { paths } from '@communityrule/core/paths'
import { livePageUrl } from '../../lib/live-page-url'

/**
 * Curated templates. Payload drafts/versions are on: only published versions reach the public.
 * Every field validates with the shared RuleTemplate schema the BFF and the site build parse with,
 * so nothing an editor can save can break `GET /api/templates`, a site build or start-up.
 */
export const RuleTemplates: CollectionConfig = {
  slug: 'rule-templates',
  labels: { singular: 'Rule template', plural: 'Rule templates' },
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'sortOrder',
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'category', 'featured', 'sortOrder', '_status'],
    // "Preview" in the admin opens the live public page (absolute: the admin may run on another origin).
    preview: (doc) => livePageUrl(paths.template(doc.slug as string)),
  },
  hooks: { afterChange: [queueTemplateBuild], afterDelete: [queueTemplateRemoval] },
  access: {
    read: publishedOrEditor,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, validate: validateWith(RuleTemplate.shape.title) },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateWith(RuleTemplate.shape.slug),
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      options: templateCategories.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 500,
      validate: validateWith(RuleTemplate.shape.summary),
    },
    {
      name: 'document',
      type: 'json',
      required: true,
      validate: validateWith(RuleTemplate.shape.document),
      admin: { description: 'The RuleDocument: title, summary and ordered sections with modules.' },
    },
    {
      name: 'sortOrder',
      type: 'number',
      required: true,
      defaultValue: 100,
      validate: validateWith(RuleTemplate.shape.sortOrder),
      admin: { position: 'sidebar', step: 1 },
    },
    { name: 'featured', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
  ],
}
