import type { CollectionConfig } from 'payload'
import { isOwner } from '../access'
import { CreateFlowState } from '../schema'
import { validateWith } from '../lib/validate-with'

/** One create-flow draft per member; `version` drives If-Match optimistic concurrency. */
export const Drafts: CollectionConfig = {
  slug: 'drafts',
  admin: { hidden: true },
  access: { read: isOwner, create: isOwner, update: isOwner, delete: isOwner },
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, unique: true, index: true },
    { name: 'state', type: 'json', required: true, validate: validateWith(CreateFlowState) },
    { name: 'version', type: 'number', required: true, defaultValue: 1 },
  ],
}
