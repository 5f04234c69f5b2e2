import type { CollectionConfig } from 'payload'
import { isAdmin, isEditorOrSelf, noAdminUi, nobody } from '../access'
import { memberSessionStrategy } from '../lib/member-session-strategy'

/**
 * People who create rules. They sign in with an emailed one-time code through the BFF; the local
 * (password) strategy is disabled, so no password login exists for them anywhere, and the
 * session-cookie strategy makes them `req.user` for Payload's access control.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  auth: {
    disableLocalStrategy: true,
    strategies: [memberSessionStrategy],
  },
  admin: { useAsTitle: 'email', group: 'People', defaultColumns: ['email', 'displayName', 'lastLoginAt'] },
  access: {
    admin: noAdminUi,
    read: isEditorOrSelf,
    create: nobody,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
    },
    { name: 'displayName', type: 'text', maxLength: 80 },
    { name: 'lastLoginAt', type: 'date', admin: { readOnly: true } },
  ],
}
