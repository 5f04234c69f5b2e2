import type { CollectionConfig } from 'payload'
import { isEditor, publishedOrEditor } from '../../access'
import { templateCategories } from '@communityrule/core/schema'
import { RuleTemplate } from '@communityrule/core/schema/api'
import { validateWith } from '../../lib/validate-with'
import { queueTemplateBuild, queueTemplateRemoval } from './hooks/queueTemplateBuild'
import { paths } from '@communityrule/core/paths'
import { livePageUrl } from '../../lib/live-page-url'
import { facetsField } from '../../fields/facets'
import { moduleOptions, sectionKindOptions } from '@communityrule/core/schema/template-fields'
import { buildTemplateDocument, communityFromDocument, sectionsFromDocument } from './hooks/templateDocument'

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
    // "Preview" renders the latest draft as its public page will look (functions/routes/preview.ts);
    // absolute, since the admin may run on another origin.
    preview: (doc) => livePageUrl(paths.templatePreview(String(doc.id))),
  },
  hooks: {
    beforeChange: [buildTemplateDocument],
    afterChange: [queueTemplateBuild],
    afterDelete: [queueTemplateRemoval],
  },
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
      // What is stored and served (the BFF, the site): the shared RuleDocument. Editors edit it through
      // the structured fields below (virtual: built into `document` by buildTemplateDocument, filled
      // from it on read); never as raw JSON, whose editor loads Monaco from a CDN.
      name: 'document',
      type: 'json',
      required: true,
      validate: validateWith(RuleTemplate.shape.document),
      admin: { hidden: true },
    },
    {
      type: 'collapsible',
      label: 'Community (optional)',
      admin: { initCollapsed: true, description: 'Who the rule is for. Templates usually leave this empty.' },
      fields: [
        {
          name: 'community',
          type: 'group',
          virtual: true,
          label: false,
          hooks: { afterRead: [communityFromDocument] },
          admin: { readOnly: false },
          fields: [
            { name: 'name', type: 'text', maxLength: 120 },
            { name: 'description', type: 'textarea', maxLength: 2000 },
            { name: 'size', type: 'text', maxLength: 60 },
          ],
        },
      ],
    },
    {
      name: 'sections',
      type: 'array',
      virtual: true,
      labels: { singular: 'Section', plural: 'Sections' },
      hooks: { afterRead: [sectionsFromDocument] },
      // Absent on writes that send `document` instead (the seed, API callers): then that is validated.
      validate: (rows: unknown) =>
        !Array.isArray(rows)
          ? true
          : rows.length === 0
            ? 'Add at least one section'
            : rows.length > 40
              ? 'A rule can have at most 40 sections'
              : true,
      admin: {
        readOnly: false,
        description: 'The rule in order. Drag a section by its handle, or use its menu to move it up or down.',
        components: { RowLabel: '/components/RowLabels#SectionRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, options: sectionKindOptions, admin: { width: '30%' } },
            { name: 'title', type: 'text', required: true, maxLength: 120, admin: { width: '70%' } },
          ],
        },
        {
          name: 'body',
          type: 'textarea',
          maxLength: 10000,
          admin: {
            rows: 8,
            description: 'Paragraphs separated by a blank line, "- " lists, *emphasis*, links. No HTML.',
            components: { Field: '/components/MarkdownBodyField#MarkdownBodyField' },
          },
        },
        {
          name: 'modules',
          type: 'array',
          label: 'Building blocks',
          labels: { singular: 'Building block', plural: 'Building blocks' },
          maxRows: 30,
          admin: { initCollapsed: true, components: { RowLabel: '/components/RowLabels#ModuleRowLabel' } },
          fields: [
            { name: 'module', type: 'select', required: true, options: moduleOptions, label: 'Building block' },
            {
              name: 'summary',
              type: 'textarea',
              maxLength: 500,
              admin: { description: 'How this template uses it, shown after its name.' },
            },
            {
              name: 'config',
              type: 'textarea',
              maxLength: 2000,
              label: 'Settings',
              admin: { description: 'Optional details, e.g. "Quorum: half of all members".' },
            },
            {
              name: 'name',
              type: 'text',
              maxLength: 80,
              label: 'Name shown',
              admin: { description: 'Leave empty to use the catalogue name.' },
            },
          ],
        },
      ],
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
    facetsField,
  ],
}
