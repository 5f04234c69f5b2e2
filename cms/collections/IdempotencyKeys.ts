import type { CollectionConfig } from 'payload'
import { nobody } from '../access'

/** Replay-safe publish: the first response per (key, member) is stored and replayed. Server only. */
export const IdempotencyKeys: CollectionConfig = {
  slug: 'idempotency-keys',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['key', 'member'], unique: true }],
  fields: [
    { name: 'key', type: 'text', required: true },
    { name: 'member', type: 'relationship', relationTo: 'members', required: true },
    { name: 'route', type: 'text', required: true },
    { name: 'requestHash', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: ['pending', 'done'],
    },
    { name: 'responseStatus', type: 'number' },
    { name: 'responseBody', type: 'json', admin: { hidden: true } },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
