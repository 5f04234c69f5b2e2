import type { CollectionConfig } from 'payload'
import { isMember, isOwner, nobodyField } from '../../access'
import { setDraftMember } from './hooks/setDraftMember'
import { CreateFlowState } from '@communityrule/core/schema'
import { DRAFT_NAME_MAX } from '@communityrule/core/schema/constants'
import { validateWith } from '../../lib/validate-with'

/**
 * Create-flow drafts, several per member; `version` drives If-Match optimistic concurrency. A draft
 * amending a published rule is tied to it (`rule`), at most one per member and rule. BFF only.
 */
export const Drafts: CollectionConfig = {
  slug: 'drafts',
  admin: { hidden: true },
  access: { read: isOwner, create: isMember, update: isOwner, delete: isOwner },
  hooks: { beforeChange: [setDraftMember] },
  indexes: [{ fields: ['member', 'rule'], unique: true }],
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      access: { update: nobodyField },
    },
    { name: 'name', type: 'text', maxLength: DRAFT_NAME_MAX },
    // Set by the BFF from the state it validated (emptied if the rule is ever deleted).
    { name: 'rule', type: 'relationship', relationTo: 'rules', access: { update: nobodyField } },
    // Never a JSON editor in the admin (the collection is hidden there too).
    { name: 'state', type: 'json', required: true, validate: validateWith(CreateFlowState), admin: { hidden: true } },
    { name: 'version', type: 'number', required: true, defaultValue: 1 },
  ],
}
