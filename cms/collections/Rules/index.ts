import type { CollectionConfig } from 'payload'
import {
  isAdmin,
  isEditor,
  isMember,
  nobodyField,
  serverOnlyField,
  staffOrServerField,
  visibleOrEditor,
} from '../../access'
import { Slug } from '@communityrule/core/schema/api'
import { validateWith } from '../../lib/validate-with'
import { setRuleOwner } from './hooks/setRuleOwner'
import { recordFirstVersion } from './hooks/recordFirstVersion'
import { queueRuleBuild, queueRuleRemoval } from './hooks/queueRuleBuild'
import { actionReports } from './hooks/actionReports'
import { requireHiddenReason } from './hooks/requireHiddenReason'
import { paths } from '@communityrule/core/paths'
import { livePageUrl } from '../../lib/live-page-url'
import { ruleDocumentFields } from '../../fields/rule-document'

/**
 * Published rules. Public unless hidden by an editor; members create them through the BFF only.
 * Who wrote a rule (`owner`) and the build flags are private: public reads neither see nor filter
 * on them. The slug, owner and publication time are set by the BFF and never by an API caller.
 */
export const Rules: CollectionConfig = {
  slug: 'rules',
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'slug', 'publishedAt', 'hidden', 'builtAt'],
    // "Preview" in the admin opens the live public page (absolute: the admin may run on another origin).
    preview: (doc) => livePageUrl(paths.rule(doc.slug as string)),
  },
  hooks: {
    beforeChange: [setRuleOwner, requireHiddenReason],
    afterChange: [recordFirstVersion, queueRuleBuild, actionReports],
    afterDelete: [queueRuleRemoval],
  },
  access: {
    read: visibleOrEditor,
    create: isMember,
    update: isEditor,
    delete: isAdmin,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      // The slug names the page's folder: validated here too, not only in the BFF (docs/security.md).
      validate: validateWith(Slug),
      access: { create: serverOnlyField, update: nobodyField },
      admin: { readOnly: true },
    },
    {
      // Empty once its author deleted their account and chose to keep the rule published.
      name: 'owner',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      access: { read: staffOrServerField, create: serverOnlyField, update: nobodyField },
      admin: { readOnly: true },
    },
    ...ruleDocumentFields,
    {
      name: 'life',
      type: 'ui',
      label: 'Versions and stewards',
      admin: { components: { Field: '/components/RuleLife#RuleLife' } },
    },
    { name: 'sourceTemplate', type: 'text', maxLength: 120 },
    // The rule this one was started from (its id): its page counts the rules started from it.
    { name: 'forkedFrom', type: 'text', maxLength: 160, index: true },
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      access: { create: serverOnlyField, update: nobodyField },
      admin: { readOnly: true },
    },
    {
      // The number of the version the rule shows (rule-versions); amendments raise it, nothing else.
      name: 'currentVersion',
      type: 'number',
      defaultValue: 1,
      min: 1,
      access: { create: serverOnlyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'hidden',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { read: staffOrServerField, create: serverOnlyField },
      admin: {
        position: 'sidebar',
        description: 'Hidden rules leave the public site: their page answers 410 Gone with the reason below.',
      },
    },
    {
      name: 'hiddenReason',
      type: 'textarea',
      maxLength: 500,
      // Private like `hidden` (the public learns it only from the 410 page the site build writes).
      access: { read: staffOrServerField, create: serverOnlyField },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.hidden),
        description: 'Shown to visitors on the removed page. Required to hide a rule.',
      },
    },
    {
      // Set when the rule's stewards withdraw it (POST /api/rules/:idOrSlug/withdraw), which also hides
      // it; an editor restoring it (unticking `hidden`) clears both (hooks/requireHiddenReason.ts).
      name: 'withdrawnAt',
      type: 'date',
      access: { read: staffOrServerField, create: serverOnlyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.withdrawnAt),
        description: 'Withdrawn by its stewards. Untick “hidden” to restore it.',
      },
    },
    {
      name: 'withdrawnReason',
      type: 'textarea',
      maxLength: 500,
      access: { read: staffOrServerField, create: serverOnlyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.withdrawnAt) },
    },
    {
      name: 'builtAt',
      type: 'date',
      access: { read: staffOrServerField, create: serverOnlyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
