import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor, nobody, staffOrServerField } from '../../access'
import { ADOPTED_BY_MAX, AMENDMENT_NOTE_MAX } from '@communityrule/core/schema/constants'
import { ruleDocumentFields } from '../../fields/rule-document'

/**
 * Every published state of a rule: version 1 when it is published, one more per amendment
 * (core/data/rule-versions.ts). Written by our server code only. The public reads versions as the
 * site's pages and `rule.json`, and through `GET /api/rules/:idOrSlug/versions`; over `/cms-api` only
 * editors read them (a hidden or withdrawn rule's versions must not stay readable there, and no
 * access filter on another collection's private fields is needed that way: docs/security.md).
 */
export const RuleVersions: CollectionConfig = {
  slug: 'rule-versions',
  defaultSort: '-publishedAt',
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'number', 'publishedAt', 'note'],
    description: 'Each published state of a rule. Rules are amended by their stewards; this record cannot be edited.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
  // One row per (rule, number): two amendments of the same version cannot both land.
  indexes: [{ fields: ['rule', 'number'], unique: true }],
  fields: [
    { name: 'rule', type: 'relationship', relationTo: 'rules', required: true, index: true },
    { name: 'number', type: 'number', required: true, min: 1, admin: { step: 1 } },
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    ...ruleDocumentFields,
    { name: 'note', type: 'textarea', maxLength: AMENDMENT_NOTE_MAX },
    { name: 'adoptedOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'adoptedBy', type: 'text', maxLength: ADOPTED_BY_MAX },
    { name: 'publishedAt', type: 'date', required: true, index: true },
    {
      // Null once the author deleted their account: the version stays, anonymised (docs/security.md).
      name: 'author',
      type: 'relationship',
      relationTo: 'members',
      access: { read: staffOrServerField },
    },
  ],
}
