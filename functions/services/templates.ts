import type { Payload } from 'payload'
import { RuleTemplate } from '@communityrule/core/schema/api'
import type { TemplateCategory } from '@communityrule/core/schema'

/** Published templates only, by sortOrder, shaped by the shared schema (no Payload internals leak). */
export async function listPublishedTemplates(payload: Payload, category?: TemplateCategory): Promise<RuleTemplate[]> {
  const result = await payload.find({
    collection: 'rule-templates',
    where: {
      _status: { equals: 'published' },
      ...(category ? { category: { equals: category } } : {}),
    },
    sort: 'sortOrder',
    limit: 500,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs.map((doc) => toTemplate(doc as unknown as Record<string, unknown>))
}

export async function findPublishedTemplate(payload: Payload, slug: string): Promise<RuleTemplate | null> {
  const result = await payload.find({
    collection: 'rule-templates',
    where: { _status: { equals: 'published' }, slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return result.docs[0] ? toTemplate(result.docs[0] as unknown as Record<string, unknown>) : null
}

export function toTemplate(doc: Record<string, unknown>): RuleTemplate {
  return RuleTemplate.parse({
    slug: doc.slug,
    title: doc.title,
    category: doc.category,
    summary: doc.summary ?? '',
    document: doc.document,
    sortOrder: doc.sortOrder ?? 0,
    featured: Boolean(doc.featured),
    updatedAt: doc.updatedAt,
  })
}
