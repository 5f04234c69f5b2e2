import type { CollectionBeforeChangeHook, FieldHook } from 'payload'
import type { RuleTemplate } from '@communityrule/core/data/payload-types'
import type { RuleDocument } from '@communityrule/core/schema'
import {
  documentToFields,
  fieldsToDocument,
  type TemplateFields,
  type TemplateCommunityFields,
  type TemplateSectionRow,
} from '@communityrule/core/schema/template-fields'

/**
 * The structured fields (`sections`, `community`) are virtual: never stored, filled from the stored
 * `document` on every read (documents, versions, a version being restored) ...
 */
export const sectionsFromDocument: FieldHook<RuleTemplate> = ({ siblingData }) =>
  siblingData?.document ? documentToFields(siblingData.document as RuleDocument).sections : undefined

export const communityFromDocument: FieldHook<RuleTemplate> = ({ siblingData }) =>
  siblingData?.document ? (documentToFields(siblingData.document as RuleDocument).community ?? {}) : undefined

type Input = Partial<Pick<RuleTemplate, 'title' | 'summary' | 'community' | 'sections' | 'document'>>

const fieldsOf = (doc: Input, fallback?: Input): TemplateFields => ({
  title: doc.title ?? fallback?.title ?? '',
  summary: doc.summary !== undefined ? doc.summary : fallback?.summary,
  community: (doc.community !== undefined ? doc.community : fallback?.community) as TemplateCommunityFields | null,
  sections: (doc.sections ?? []) as TemplateSectionRow[],
})

/** Equal as JSON, whatever the key order. */
function same(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

const structure = (doc: RuleDocument) => ({ community: doc.community, sections: doc.sections })

/**
 * ... and on a write, `document` is built from them (with the template's own title and summary)
 * whenever they changed: the admin's form, a restored version. Payload merges the stored values into
 * an update's data, so a write that changes `document` but not the structured fields (the seed, an
 * API caller sending the RuleDocument) keeps the `document` it sends, as before; a write that changes
 * neither (e.g. only `featured`) leaves it untouched.
 */
export const buildTemplateDocument: CollectionBeforeChangeHook<RuleTemplate> = ({ data, originalDoc }) => {
  if (!Array.isArray(data.sections)) return data // a create that sends `document` only
  const built = fieldsToDocument(fieldsOf(data, originalDoc))
  if (!originalDoc?.document || !Array.isArray(originalDoc.sections)) {
    data.document = built
    return data
  }
  const before = fieldsToDocument(fieldsOf(originalDoc))
  const structureChanged = !same(structure(built), structure(before))
  const documentSent = data.document !== undefined && !same(data.document, originalDoc.document)
  if (structureChanged || (!documentSent && !same(built, before))) data.document = built
  return data
}
