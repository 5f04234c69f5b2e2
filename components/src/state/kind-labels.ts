/**
 * Labels for the section kinds. Apart from the module catalogue (./module-catalogue.ts) because the
 * create flow needs them on every step and the catalogue only on the sections step, where it is
 * downloaded as a separate chunk.
 */
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
