/**
 * Rule templates: what the public may see of them (published versions only), the one mapping from a
 * stored template to its public shape (the shared `RuleTemplate` schema: no Payload internals leak),
 * and the seed's writes.
 */
import type { Payload } from 'payload'
import { RuleTemplate } from '../schema/api'
import type { TemplateCategory } from '../schema'
import { dbPool } from './pool'
import type { RuleTemplate as RuleTemplateDoc, User } from './payload-types'

export type { RuleTemplateDoc }

/** A stored template in its public shape; throws (ZodError) for one that does not fit the schema. */
export function toPublicTemplate(doc: RuleTemplateDoc): RuleTemplate {
  return RuleTemplate.parse({
    slug: doc.slug,
    title: doc.title,
    category: doc.category,
    summary: doc.summary ?? '',
    document: doc.document,
    sortOrder: doc.sortOrder ?? 0,
    featured: Boolean(doc.featured),
    updatedAt: doc.updatedAt,
    facets: {
      organisationKinds: doc.facets?.organisationKinds ?? [],
      sizeBands: doc.facets?.sizeBands ?? [],
      maturities: doc.facets?.maturities ?? [],
      scales: doc.facets?.scales ?? [],
    },
  })
}

/**
 * Published templates as stored, by sortOrder (all of them, or up to `limit`), for callers that map
 * them one by one (the site build leaves out the ones that fail).
 */
export async function publishedTemplateDocs(
  payload: Payload,
  { category, limit }: { category?: TemplateCategory; limit?: number } = {},
): Promise<RuleTemplateDoc[]> {
  const { docs } = await payload.find({
    collection: 'rule-templates',
    where: {
      _status: { equals: 'published' },
      ...(category ? { category: { equals: category } } : {}),
    },
    sort: 'sortOrder',
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs
}

/**
 * Published templates only, by sortOrder, in their public shape. One that does not fit the schema (a
 * row written past Payload's validation) is logged and left out rather than failing the whole list.
 */
export async function listPublishedTemplates(payload: Payload, category?: TemplateCategory): Promise<RuleTemplate[]> {
  return (await publishedTemplateDocs(payload, { category, limit: 500 })).flatMap((doc) => {
    const template = publicOrNull(payload, doc)
    return template ? [template] : []
  })
}

function publicOrNull(payload: Payload, doc: RuleTemplateDoc): RuleTemplate | null {
  try {
    return toPublicTemplate(doc)
  } catch (err) {
    payload.logger.warn(
      { template: doc.id, slug: doc.slug, err: (err as Error).message },
      'templates: left out an invalid template',
    )
    return null
  }
}

export async function findPublishedTemplate(payload: Payload, slug: string): Promise<RuleTemplate | null> {
  const { docs } = await payload.find({
    collection: 'rule-templates',
    where: { _status: { equals: 'published' }, slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ? publicOrNull(payload, docs[0]) : null
}

/**
 * Changes whenever any template does (count, newest updatedAt): one cheap question that tells a
 * cache whether what it holds is still current.
 */
export async function templatesVersion(payload: Payload): Promise<string> {
  const { rows } = await dbPool(payload).query<{ n: string; latest: Date | null }>(
    'select count(*) as n, max(updated_at) as latest from rule_templates',
  )
  return `${rows[0]!.n}:${rows[0]!.latest?.toISOString() ?? '-'}`
}

// ---- the seed ----

/** True when the database holds no template at all (first start). */
export async function hasNoTemplates(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'rule-templates', overrideAccess: true })
  return totalDocs === 0
}

export type TemplateData = Omit<RuleTemplateDoc, 'id' | 'updatedAt' | 'createdAt'>

/**
 * Creates the template with this slug, or updates the one there is (draft or published).
 * `context.disableSiteBuild` keeps a seed from queueing one build per template.
 */
export async function upsertTemplate(payload: Payload, data: TemplateData): Promise<'created' | 'updated'> {
  const existing = await payload.find({
    collection: 'rule-templates',
    where: { slug: { equals: data.slug } },
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
    return 'updated'
  }
  await payload.create({
    collection: 'rule-templates',
    data,
    overrideAccess: true,
    context: { disableSiteBuild: true },
  })
  return 'created'
}

/**
 * The latest saved version of a template, draft or published, as `user` may see it (editors see
 * drafts; Payload's access rules decide): what the admin's "Preview" renders. Null when there is none.
 */
export async function findTemplateDraft(payload: Payload, id: string, user: User): Promise<RuleTemplateDoc | null> {
  return payload.findByID({
    collection: 'rule-templates',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
    disableErrors: true,
  })
}
