import type { CollectionConfig } from 'payload'
import { canUseAdmin, isAdmin, isEditor } from '../access'

/** CMS editors and admins: Payload's local (password) auth, used in the admin UI only. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email', group: 'Admin' },
  access: {
    admin: canUseAdmin,
    read: isEditor,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      saveToJWT: true,
    },
  ],
}
