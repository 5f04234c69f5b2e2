import type { CollectionConfig } from 'payload'
import { isOwner, nobody } from '../access'

/** Member sessions. Only the HMAC of the cookie token is stored. Owners may list and revoke theirs. */
export const Sessions: CollectionConfig = {
  slug: 'sessions',
  admin: { hidden: true },
  access: { read: isOwner, create: nobody, update: isOwner, delete: nobody },
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'lastUsedAt', type: 'date', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'revokedAt', type: 'date' },
    { name: 'userAgent', type: 'text' },
    { name: 'ipHash', type: 'text' },
  ],
}
