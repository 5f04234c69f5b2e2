/**
 * Loads everything the site renders through Payload's Local API, and validates it with the shared
 * schemas: a template or rule that does not match RuleDocument fails the build loudly, not the page.
 */
import type { Payload } from 'payload'
import { RuleDocument, RuleTemplate, templateCategories } from '../../cms/schema'

export type SiteRule = {
  id: string
  slug: string
  title: string
  summary?: string
  document: RuleDocument
  publishedAt: string
  sourceTemplate?: string
  forkedFrom?: string
}

export type SiteData = {
  templates: RuleTemplate[]
  rules: SiteRule[]
  categories: readonly string[]
  publicUrl: string
  builtAt: string
}

export function publicUrl(): string {
  return (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

export async function loadTemplates(payload: Payload): Promise<RuleTemplate[]> {
  const { docs } = await payload.find({
    collection: 'rule-templates',
    where: { _status: { equals: 'published' } },
    sort: 'sortOrder',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((doc) =>
    RuleTemplate.parse({ ...doc, summary: doc.summary ?? '', featured: Boolean(doc.featured), sortOrder: doc.sortOrder ?? 0 }),
  )
}

export function toSiteRule(doc: Record<string, any>): SiteRule {
  return {
    id: String(doc.id),
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary ?? undefined,
    document: RuleDocument.parse(doc.document),
    publishedAt: new Date(doc.publishedAt).toISOString(),
    sourceTemplate: doc.sourceTemplate ?? undefined,
    forkedFrom: doc.forkedFrom ?? undefined,
  }
}

export async function loadRules(payload: Payload): Promise<SiteRule[]> {
  const { docs } = await payload.find({
    collection: 'rules',
    where: { hidden: { not_equals: true } },
    sort: '-publishedAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map(toSiteRule)
}

export async function loadSiteData(payload: Payload): Promise<SiteData> {
  const [templates, rules] = await Promise.all([loadTemplates(payload), loadRules(payload)])
  return { templates, rules, categories: templateCategories, publicUrl: publicUrl(), builtAt: new Date().toISOString() }
}
