import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor, nobody, serverOnlyField } from '../access'

/**
 * A steward's invitation of someone (by email) to steward a rule with them: a one-time link sent by
 * the email job, valid for a week, accepted by signing in with that email. Server only; editors read
 * them (never the token's hash).
 */
export const StewardInvitations: CollectionConfig = {
  slug: 'steward-invitations',
  admin: { group: 'Content', useAsTitle: 'email', defaultColumns: ['email', 'rule', 'expiresAt', 'acceptedAt'] },
  access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'rule', type: 'relationship', relationTo: 'rules', required: true, index: true },
    { name: 'email', type: 'text', required: true, index: true },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { read: serverOnlyField },
      admin: { hidden: true },
    },
    { name: 'invitedBy', type: 'relationship', relationTo: 'members' },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'acceptedAt', type: 'date' },
  ],
}
