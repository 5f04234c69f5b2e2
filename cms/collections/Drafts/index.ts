import type { CollectionConfig } from 'payload'
import { isMember, isOwner, nobodyField } from '../../access'
import { setDraftMember } from './hooks/setDraftMember'
import { CreateFlowState } from '@communityrule/core/schema'
import { validateWith } from '../../lib/validate-with'

/** One create-flow draft per member; `version` drives If-Match optimistic concurrency. BFF only. */
export const Drafts: CollectionConfig = {
  slug: 'drafts',
  admin: { hidden: true },
  access: { read: isOwner, create: isMember, update: isOwner, delete: isOwner },
  hooks: { beforeChange: [setDraftMember] },
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      unique: true,
      index: true,
      access: { update: nobodyField },
    },
    // Never a JSON editor in the admin (the collection is hidden there too).
    { name: 'state', type: 'json', required: true, validate: validateWith(CreateFlowState), admin: { hidden: true } },
    { name: 'version', type: 'number', required: true, defaultValue: 1 },
  ],
}
