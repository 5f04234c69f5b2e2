import type { Payload } from 'payload'
import { RuleDocument } from '@communityrule/core/schema'
import { upsertTemplate } from '@communityrule/core/data/templates'
import { seedTemplates } from './templates'

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
    if ((await upsertTemplate(payload, { ...template, document, _status: 'published' })) === 'created') created++
    else updated++
  }
  return { created, updated }
}
