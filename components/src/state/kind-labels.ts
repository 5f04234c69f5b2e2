/** Labels for the section kinds, needed on every step of the create flow. */
import type { SectionKind } from '@communityrule/core/schema/constants'

export const kindLabels: Record<SectionKind, string> = {
  values: 'Values',
  membership: 'Membership',
  roles: 'Roles',
  decisions: 'Decisions',
  conflict: 'Conflict',
  communication: 'Communication',
  amendments: 'Amendments',
  custom: 'Custom',
}
