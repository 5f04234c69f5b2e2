import type { CollectionConfig } from 'payload'
import { adminOnlyField, canUseAdmin, isAdmin, isAdminOrSelf } from '../../access'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { config } from '@communityrule/core/config'

/**
 * CMS editors and admins: Payload's local (password) auth, used in the admin UI and at /cms-api.
 * `admin` manages users and everything else; `editor` manages content and moderation.
 *
 * Payload's own lockout (maxLoginAttempts) is off on purpose: it locks the *account*, so a stranger
 * who knows an editor's email could keep them out. The BFF rate-limits logins per client IP and per
 * email + IP in front of /cms-api instead (functions/middleware/cms-api-guard.ts).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    maxLoginAttempts: 0,
    cookies: { secure: config().production, sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'email',
    group: 'Admin',
    // Editors never open the users collection (its list or anyone's account); their own account is
    // at /admin/account. Payload's `hidden` also disables the collection's admin routes for them.
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  access: {
    admin: canUseAdmin,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
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
      // An editor may edit their own name and password, never their role.
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
    },
  ],
}
