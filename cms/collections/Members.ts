import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor, nobody, staffOrServerField } from '../access'

/**
 * People who create rules. They sign in with an emailed one-time code through the BFF, which keeps
 * their sessions; they are deliberately **not** a Payload auth collection, so no cookie of theirs
 * authenticates anyone at `/cms-api` (one gate: docs/security.md). Editors can look members up
 * for moderation; the BFF creates and updates them.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  admin: { useAsTitle: 'email', group: 'People', defaultColumns: ['email', 'displayName', 'lastLoginAt'] },
  access: {
    read: isEditor,
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
      access: { read: staffOrServerField },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
    },
    { name: 'displayName', type: 'text', maxLength: 80 },
    { name: 'lastLoginAt', type: 'date', admin: { readOnly: true } },
  ],
}
