import type { Payload } from 'payload'
import { RuleDocument } from '@communityrule/core/schema'
import { seedTemplates } from './templates'

/**
 * Upserts the template catalogue by slug: re-running never duplicates, and edits to the catalogue
 * reach existing rows. `context.disableSiteBuild` keeps a seed from queueing one build per template.
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
    const data = { ...template, document, _status: 'published' as const }
    const existing = await payload.find({
      collection: 'rule-templates',
      where: { slug: { equals: template.slug } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      await payload.update({
        collection: 'rule-templates',
        id: existing.docs[0].id,
        data,
        overrideAccess: true,
        context: { disableSiteBuild: true },
      })
      updated++
    } else {
      await payload.create({
        collection: 'rule-templates',
        data,
        overrideAccess: true,
        context: { disableSiteBuild: true },
      })
      created++
    }
  }
  return { created, updated }
}

/** True when the database holds no template at all (first start). */
export async function hasNoTemplates(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'rule-templates', overrideAccess: true })
  return totalDocs === 0
}
