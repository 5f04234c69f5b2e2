import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor, nobody } from '../../access'
import { stewardRoles } from '@communityrule/core/schema/constants'

/**
 * Who may amend a rule: its author, and the stewards they invite. Server only: members see and change
 * stewards through the BFF, editors read them here. Pages show stewards by display name, never email.
 */
export const RuleStewards: CollectionConfig = {
  slug: 'rule-stewards',
  admin: { group: 'Content', defaultColumns: ['rule', 'member', 'role', 'acceptedAt'] },
  access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['rule', 'member'], unique: true }],
  fields: [
    { name: 'rule', type: 'relationship', relationTo: 'rules', required: true, index: true },
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'role', type: 'select', options: [...stewardRoles], required: true, defaultValue: 'steward' },
    { name: 'invitedBy', type: 'relationship', relationTo: 'members' },
    { name: 'acceptedAt', type: 'date', required: true },
  ],
}
