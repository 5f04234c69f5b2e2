import type { CollectionConfig, Field } from 'payload'
import { isEditor, publishedOrEditor } from '../../access'
import {
  methodFields,
  methodGroupLabels,
  methodGroups,
  type MethodGroup,
} from '@communityrule/core/schema/method-fields'
import { FurtherReading, MethodSlug } from '@communityrule/core/schema/methods'
import { prose } from '@communityrule/core/schema/method-text'
import { validateOptional, validateWith } from '../../lib/validate-with'
import { facetsField, options } from '../../fields/facets'
import { queueMethodBuild, queueMethodRemoval } from './hooks/queueMethodBuild'

// Every text is checked by the library's own schema (core/schema/methods.ts), so a method an editor
// can publish is one the site, the API and the create flow accept.
const validateProse = validateWith(prose(1500))

/**
 * A group's structured fields, shown only for methods of that group and required there. The field
 * names are unique across groups, so one `details` group holds them all (one column each).
 */
const detailFields: Field[] = methodGroups.flatMap((group: MethodGroup) =>
  methodFields[group].map(([name, label, hint]): Field => ({
    name,
    label,
    type: 'textarea',
    maxLength: 1500,
    admin: { description: hint, condition: (data) => data?.group === group },
    validate: (value: unknown, { data }: { data: Partial<{ group: string }> }) =>
      data?.group !== group || validateProse(value),
  })),
)

/**
 * The governance methods library (issue 13): what a section of a rule can be made of. Editors write,
 * draft, version and publish methods; the public reads published ones (the site, `GET /api/methods`,
 * the create flow). Each group has its own structured fields; facets say which communities a method
 * suits, for recommendations. The shapes come from core/schema/method-fields.ts. Each published
 * method has a page on the site (/methods/<slug>/), kept live by the incremental build.
 */
export const Methods: CollectionConfig = {
  slug: 'methods',
  labels: { singular: 'Method', plural: 'Methods' },
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    group: 'Content',
    defaultColumns: ['name', 'group', 'summary', '_status'],
    listSearchableFields: ['name', 'slug', 'summary'],
  },
  hooks: {
    // A published change, an unpublish or a delete makes the affected pages live (site/publish.ts).
    afterChange: [queueMethodBuild],
    afterDelete: [queueMethodRemoval],
  },
  access: {
    read: publishedOrEditor,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, validate: validateWith(prose(80)) },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateWith(MethodSlug),
      admin: { position: 'sidebar', description: 'Its address: /methods/<slug>/. Rules refer to it by this.' },
    },
    {
      name: 'group',
      type: 'select',
      required: true,
      index: true,
      options: options(methodGroups, methodGroupLabels),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 300, validate: validateWith(prose(300)) },
    { name: 'details', type: 'group', label: 'How it works', fields: detailFields },
    facetsField,
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'methods',
      hasMany: true,
      maxRows: 8,
      admin: { description: 'Methods worth reading next.' },
    },
    {
      name: 'furtherReading',
      type: 'array',
      maxRows: 5,
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          maxLength: 200,
          validate: validateWith(FurtherReading.shape.title),
        },
        { name: 'url', type: 'text', maxLength: 500, validate: validateOptional(FurtherReading.shape.url) },
        { name: 'note', type: 'text', maxLength: 300, validate: validateOptional(FurtherReading.shape.note) },
      ],
    },
  ],
}
