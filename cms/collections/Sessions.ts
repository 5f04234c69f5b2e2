import type { CollectionConfig } from 'payload'
import { isOwner, nobody, nobodyField, serverOnlyField } from '../access'

/**
 * Member sessions. Only the HMAC of the cookie token is stored. Server only: the BFF lists and revokes
 * a member's own sessions; no API caller — editors included — reads token hashes or re-points a
 * session at another member or another expiry (each of those was an account takeover).
 */
export const Sessions: CollectionConfig = {
  slug: 'sessions',
  admin: { hidden: true },
  access: { read: isOwner, create: nobody, update: isOwner, delete: nobody },
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      access: { update: nobodyField },
    },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { read: serverOnlyField, update: nobodyField },
    },
    { name: 'lastUsedAt', type: 'date', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true, access: { update: nobodyField } },
    { name: 'revokedAt', type: 'date' },
    { name: 'userAgent', type: 'text', access: { update: nobodyField } },
    { name: 'ipHash', type: 'text', access: { read: serverOnlyField, update: nobodyField } },
  ],
}
