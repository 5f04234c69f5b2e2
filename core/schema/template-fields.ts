/**
 * The one conversion between a rule template's structured admin fields (sections as rows, building
 * blocks chosen from the catalogue) and the RuleDocument that is stored and served (`document`).
 *
 * Plain functions with no Payload or zod import, so the CMS hooks, tests and any browser code can
 * share them. Lossless both ways for every document whose title and summary are the template's own
 * (the seed guarantees it) and whose modules come from the catalogue: `fieldsToDocument` ∘
 * `documentToFields` is the identity (tests/unit/template-fields.test.ts checks every seeded template).
 *
 * - A section row's Payload row `id` is the section's stable `id` (new rows get Payload's generated
 *   id, lower-case hex, which is a valid section id).
 * - A module row holds the catalogue id (`module`, a select); its name is the catalogue's unless the
 *   row names it otherwise (`name`, kept only when it differs from the catalogue name).
 * - Empty optional text (null, undefined or '') is absent from the document.
 */
import type { Community, Module, RuleDocument, Section } from './index'
import { sectionKinds, type SectionKind } from './constants'
import { moduleCatalogue, type CatalogueKind, type CatalogueModule } from './modules'

export type TemplateModuleRow = {
  id?: string | null
  module: string
  name?: string | null
  summary?: string | null
  config?: string | null
}

export type TemplateSectionRow = {
  id?: string | null
  kind: SectionKind
  title: string
  body?: string | null
  modules?: TemplateModuleRow[] | null
}

export type TemplateCommunityFields = { name?: string | null; description?: string | null; size?: string | null }

/** The structured form: the template's own title and summary, the community part and the sections. */
export type TemplateFields = {
  title: string
  summary?: string | null
  community?: TemplateCommunityFields | null
  sections: TemplateSectionRow[]
}

const catalogueById: ReadonlyMap<string, CatalogueModule & { kind: CatalogueKind }> = new Map(
  (Object.entries(moduleCatalogue) as [CatalogueKind, CatalogueModule[]][]).flatMap(([kind, modules]) =>
    modules.map((module) => [module.id, { ...module, kind }] as const),
  ),
)

/** Every catalogue module as a select option, labelled "Kind: Name" (the one catalogue, no typed ids). */
export const moduleOptions: { label: string; value: string }[] = [...catalogueById.values()].map((module) => ({
  label: `${capitalize(module.kind)}: ${module.name}`,
  value: module.id,
}))

export const sectionKindOptions: { label: string; value: SectionKind }[] = sectionKinds.map((kind) => ({
  label: capitalize(kind),
  value: kind,
}))

export function catalogueModule(id: string): CatalogueModule | undefined {
  return catalogueById.get(id)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Optional text: null, undefined and '' are "absent". */
function present(text: string | null | undefined): text is string {
  return typeof text === 'string' && text !== ''
}

function withOptional<T extends object>(target: T, key: string, value: string | null | undefined): T {
  if (present(value)) (target as Record<string, unknown>)[key] = value
  return target
}

/** A section id for a row that has none yet (API callers): its kind, made unique in the document. */
function freshSectionId(kind: string, taken: Set<string>): string {
  let id = kind
  for (let n = 2; taken.has(id); n++) id = `${kind}-${n}`
  return id
}

/** Structured fields → the RuleDocument that is stored and served. */
export function fieldsToDocument(fields: TemplateFields): RuleDocument {
  const taken = new Set(fields.sections.map((row) => row.id).filter(present))
  const document: RuleDocument = { title: fields.title, sections: [] }
  withOptional(document, 'summary', fields.summary)
  const community = fields.community
  if (community && (present(community.name) || present(community.description) || present(community.size))) {
    document.community = withOptional(
      withOptional({ name: community.name ?? '' } as Community, 'description', community.description),
      'size',
      community.size,
    )
  }
  document.sections = fields.sections.map((row): Section => {
    let id = row.id
    if (!present(id)) {
      id = freshSectionId(row.kind, taken)
      taken.add(id)
    }
    const section: Section = withOptional({ id, kind: row.kind, title: row.title }, 'body', row.body)
    if (row.modules?.length) {
      section.modules = row.modules.map((moduleRow): Module => {
        const name = present(moduleRow.name)
          ? moduleRow.name
          : (catalogueModule(moduleRow.module)?.name ?? moduleRow.module)
        return withOptional(
          withOptional({ id: moduleRow.module, name }, 'summary', moduleRow.summary),
          'config',
          moduleRow.config,
        )
      })
    }
    return section
  })
  return document
}

/**
 * The RuleDocument → structured fields. Tolerates a document that does not fit the schema (a draft
 * saved without validation): what is missing becomes empty rather than an error.
 */
export function documentToFields(document: RuleDocument): TemplateFields {
  const fields: TemplateFields = { title: document?.title ?? '', sections: [] }
  withOptional(fields, 'summary', document?.summary)
  if (document?.community) {
    const { name, description, size } = document.community
    fields.community = withOptional(
      withOptional(withOptional({}, 'name', name), 'description', description),
      'size',
      size,
    )
  }
  const sections = Array.isArray(document?.sections) ? document.sections : []
  fields.sections = sections.map((section): TemplateSectionRow => {
    const row: TemplateSectionRow = withOptional(
      { id: section.id, kind: section.kind, title: section.title ?? '' },
      'body',
      section.body,
    )
    if (section.modules?.length) {
      const rowIds = new Set<string>()
      row.modules = section.modules.map((module): TemplateModuleRow => {
        // Payload array rows need an id; derived from the content, so it is stable from read to read.
        let rowId = `${section.id}--${module.id}`
        for (let n = 2; rowIds.has(rowId); n++) rowId = `${section.id}--${module.id}-${n}`
        rowIds.add(rowId)
        const moduleRow: TemplateModuleRow = { id: rowId, module: module.id }
        if (module.name !== catalogueModule(module.id)?.name) moduleRow.name = module.name
        return withOptional(withOptional(moduleRow, 'summary', module.summary), 'config', module.config)
      })
    }
    return row
  })
  return fields
}
