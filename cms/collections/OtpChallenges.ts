import type { CollectionConfig } from 'payload'
import { nobody } from '../access'

/**
 * Short-lived email codes. Server only: the BFF's auth service is the one reader and writer.
 * `purpose` keeps codes for different jobs apart: a sign-in code never confirms an email change, and
 * a code sent to confirm a new address (`change-email:<member id>`) never signs anyone in.
 */
export const OtpChallenges: CollectionConfig = {
  slug: 'otp-challenges',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['email', 'createdAt'] }],
  fields: [
    { name: 'email', type: 'text', required: true },
    { name: 'purpose', type: 'text', required: true, defaultValue: 'sign-in' },
    { name: 'codeHash', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'consumedAt', type: 'date' },
    { name: 'ipHash', type: 'text' },
  ],
}
