/**
 * The module catalogue as the create flow uses it: the shared list (cms/schema/modules.ts), what a
 * section kind offers, and labels for the kinds.
 */
import type { SectionKind } from '../../../cms/schema/constants'
import { moduleCatalogue, type CatalogueModule } from '../../../cms/schema/modules'

export { moduleCatalogue, type CatalogueModule } from '../../../cms/schema/modules'

/** The modules offered for a section kind; a custom section may use any of them. */
export function modulesFor(kind: SectionKind): CatalogueModule[] {
  return kind === 'custom' ? Object.values(moduleCatalogue).flat() : moduleCatalogue[kind]
}

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
