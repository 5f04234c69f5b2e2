/**
 * The module catalogue as the create flow uses it: the shared list (core/schema/modules.ts) and what a
 * section kind offers. The create flow downloads it with the sections step; the labels for the kinds,
 * which it needs on every step, live in ./kind-labels.ts.
 */
import type { SectionKind } from '@communityrule/core/schema/constants'
import { moduleCatalogue, type CatalogueModule } from '@communityrule/core/schema/modules'

export { moduleCatalogue, type CatalogueModule } from '@communityrule/core/schema/modules'

/** The modules offered for a section kind; a custom section may use any of them. */
export function modulesFor(kind: SectionKind): CatalogueModule[] {
  return kind === 'custom' ? Object.values(moduleCatalogue).flat() : moduleCatalogue[kind]
}
