import type { Payload } from 'payload'
import { RuleDocument } from '@communityrule/core/schema'
import { hasNoTemplates, upsertTemplate } from '@communityrule/core/data/templates'
import { seedTemplates } from './templates'
import { templateFacets } from './template-facets'
import { seedMethods } from './methods'
import { createMissingMethods, hasNoMethods } from '@communityrule/core/data/methods'

/**
 * Upserts the template catalogue by slug: re-running never duplicates, and edits to the catalogue
 * reach existing rows.
 */
export async function seedRuleTemplates({
  payload,
}: {
  payload: Payload
}): Promise<{ created: number; updated: number }> {
  let created = 0
  let updated = 0
  for (const template of seedTemplates) {
    const document = RuleDocument.parse(template.document)
    const facets = templateFacets[template.slug]
    if ((await upsertTemplate(payload, { ...template, document, facets, _status: 'published' })) === 'created')
      created++
    else updated++
  }
  return { created, updated }
}

/** Adds the library's methods the database lacks (existing ones are the editors'; see core/data/methods.ts). */
export async function seedMethodsLibrary({ payload }: { payload: Payload }): Promise<{ created: number }> {
  return createMissingMethods(payload, seedMethods)
}

export type Catalogue = 'template catalogue' | 'methods library'

/** Which catalogues are empty: what `npm start` seeds on its own (a new database, or one from before the library). */
export async function emptyCatalogues(payload: Payload): Promise<Catalogue[]> {
  const empty: Catalogue[] = []
  if (await hasNoMethods(payload)) empty.push('methods library')
  if (await hasNoTemplates(payload)) empty.push('template catalogue')
  return empty
}

export async function seedCatalogues({ payload, only }: { payload: Payload; only: Catalogue[] }): Promise<void> {
  // Methods first: the templates are composed of them.
  if (only.includes('methods library')) await seedMethodsLibrary({ payload })
  if (only.includes('template catalogue')) await seedRuleTemplates({ payload })
}
