/**
 * The create flow as a pure reducer over CreateFlowState (the draft payload, SPEC §2), plus
 * per-step validation with the shared schema (core/schema, zod/mini). No DOM, no Lit: unit-tested.
 */
import type { CreateFlowState, Module, RuleDocument } from '@communityrule/core/schema'
import { stepIds, type SectionKind, type StepId } from '@communityrule/core/schema/constants'
import { kindLabels } from './kind-labels'
import {
  Community,
  CommunityProfileSchema,
  CreateFlowState as DraftSchema,
  RuleDocument as DocSchema,
  Sections,
  Summary,
  Title,
} from '@communityrule/core/schema'

export type { CreateFlowState }
export type DraftSection = NonNullable<CreateFlowState['document']['sections']>[number]
export type ModuleRef = Module
export type FieldErrors = Record<string, string>
export type Profile = NonNullable<CreateFlowState['profile']>
export type ProfileField = keyof Profile

export type Action =
  | { type: 'start-blank' }
  | { type: 'apply-template'; template: { slug: string; title?: string; summary?: string; document: RuleDocument } }
  | { type: 'fork'; rule: { id: string; slug: string; document: RuleDocument } }
  /** Starts amending a published rule from its current version. */
  | { type: 'amend'; rule: { id: string; slug: string; title: string; version: number; document: RuleDocument } }
  | { type: 'set-amendment'; field: 'note' | 'adoptedOn' | 'adoptedBy'; value: string }
  /** Someone else amended the rule first: `current` is the version now in force. */
  | { type: 'amend-conflict'; current: number }
  /** The member chose to publish their amendment on top of the version now in force. */
  | { type: 'amend-onto-current' }
  | { type: 'go'; step: StepId }
  /** One part of the community profile; `value` undefined (or the value already chosen) clears it. */
  | { type: 'set-profile'; field: ProfileField; value: string | undefined }
  | { type: 'set-rule'; field: 'title' | 'summary'; value: string }
  | { type: 'set-community'; field: 'name' | 'description' | 'size'; value: string }
  | { type: 'add-section'; kind: SectionKind; id?: string }
  | { type: 'remove-section'; id: string }
  | { type: 'move-section'; id: string; by: number }
  | { type: 'edit-section'; id: string; field: 'title' | 'body'; value: string }
  | { type: 'toggle-module'; sectionId: string; module: ModuleRef }
  /** Adds a module, or replaces the one with the same id (a community's own method written again). */
  | { type: 'add-module'; sectionId: string; module: ModuleRef }

export function emptyState(now = new Date().toISOString()): CreateFlowState {
  return { step: 'start', document: {}, updatedAt: now }
}

/** A short random id that matches the schema's `[a-z0-9-]` rule. */
export function newSectionId(kind: string, taken: string[] = []): string {
  for (;;) {
    const id = `${kind}-${Math.random().toString(36).slice(2, 8)}`
    if (!taken.includes(id)) return id
  }
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** The same state with one section's building blocks changed by `fn`. */
function mapModules(state: CreateFlowState, sectionId: string, fn: (modules: ModuleRef[]) => ModuleRef[]) {
  return mapSections(state, (sections) =>
    sections.map((s) => (s.id === sectionId ? { ...s, modules: fn(s.modules ?? []) } : s)),
  )
}

function mapSections(state: CreateFlowState, fn: (sections: DraftSection[]) => DraftSection[]): CreateFlowState {
  return { ...state, document: { ...state.document, sections: fn(state.document.sections ?? []) } }
}

/** Drops undefined and blank values, except `title` (a blank title must reach validation). */
function withoutEmpty<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([k, v]) => v !== undefined && (v !== '' || k === 'title'))) as T
}

export function reduce(state: CreateFlowState, action: Action, now = new Date().toISOString()): CreateFlowState {
  const next = apply(state, action)
  return next === state ? state : { ...next, updatedAt: now }
}

/** The profile survives starting over (blank, template, fork): it describes the community, not the draft. */
const keepProfile = (state: CreateFlowState) => (state.profile ? { profile: state.profile } : {})

function apply(state: CreateFlowState, action: Action): CreateFlowState {
  switch (action.type) {
    case 'start-blank':
      return {
        step: 'community',
        ...keepProfile(state),
        document: { title: '', sections: [] },
        updatedAt: state.updatedAt,
      }
    case 'apply-template': {
      const { document, slug } = action.template
      return {
        step: 'community',
        ...keepProfile(state),
        templateSlug: slug,
        document: clone(document),
        updatedAt: state.updatedAt,
      }
    }
    case 'fork':
      return {
        step: 'community',
        ...keepProfile(state),
        forkedFrom: action.rule.id,
        document: clone(action.rule.document),
        updatedAt: state.updatedAt,
      }
    case 'amend': {
      const { id, slug, title, version, document } = action.rule
      return {
        step: 'sections',
        ...keepProfile(state),
        amend: { rule: id, slug, title, version },
        document: clone(document),
        updatedAt: state.updatedAt,
      }
    }
    case 'set-amendment':
      return { ...state, amendment: withoutEmpty({ ...state.amendment, [action.field]: action.value }) }
    case 'amend-conflict':
      return state.amend ? { ...state, amend: { ...state.amend, conflict: action.current } } : state
    case 'amend-onto-current': {
      if (!state.amend?.conflict) return state
      const { conflict, ...amend } = state.amend
      return { ...state, amend: { ...amend, version: conflict } }
    }
    case 'go':
      return state.step === action.step ? state : { ...state, step: action.step }
    case 'set-profile': {
      const current = state.profile?.[action.field]
      const value = action.value === current ? undefined : action.value
      if (value === current) return state
      const profile = withoutEmpty({ ...state.profile, [action.field]: value }) as Profile
      const next: CreateFlowState = { ...state, profile }
      if (!Object.keys(profile).length) delete next.profile
      // Only values the schema knows are kept (a stale or forged value would make the draft unsavable).
      return CommunityProfileSchema.safeParse(profile).success ? next : state
    }
    case 'set-rule':
      return { ...state, document: withoutEmptyKey({ ...state.document, [action.field]: action.value }, 'summary') }
    case 'set-community':
      return {
        ...state,
        document: {
          ...state.document,
          community: withoutEmpty({ ...state.document.community, [action.field]: action.value }),
        },
      }
    case 'add-section':
      return mapSections(state, (sections) => [
        ...sections,
        {
          id:
            action.id ??
            newSectionId(
              action.kind,
              sections.map((s) => s.id),
            ),
          kind: action.kind,
          ...(action.kind === 'custom' ? {} : { title: kindLabels[action.kind] }),
          body: '',
          modules: [],
        },
      ])
    case 'remove-section':
      return mapSections(state, (sections) => sections.filter((s) => s.id !== action.id))
    case 'move-section': {
      const sections = state.document.sections ?? []
      const from = sections.findIndex((s) => s.id === action.id)
      const to = from + action.by
      if (from < 0 || to < 0 || to >= sections.length) return state
      return mapSections(state, (list) => {
        const copy = [...list]
        const [moved] = copy.splice(from, 1)
        copy.splice(to, 0, moved!)
        return copy
      })
    }
    case 'edit-section':
      // The shared draft schema rejects a present-but-blank title, so a blank title is left out.
      return mapSections(state, (sections) =>
        sections.map((s) =>
          s.id === action.id
            ? withoutEmptyKey({ ...s, [action.field]: action.value.trim() ? action.value : '' }, 'title')
            : s,
        ),
      )
    case 'toggle-module': {
      const { id } = action.module
      return mapModules(state, action.sectionId, (modules) =>
        modules.some((mod) => mod.id === id)
          ? modules.filter((mod) => mod.id !== id)
          : [...modules, { ...action.module }],
      )
    }
    case 'add-module':
      return mapModules(state, action.sectionId, (modules) => [
        ...modules.filter((mod) => mod.id !== action.module.id),
        { ...action.module },
      ])
  }
}

function withoutEmptyKey<T extends Record<string, unknown>>(obj: T, key: string): T {
  if (obj[key] !== '') return obj
  const copy = { ...obj }
  delete copy[key]
  return copy
}

/** The document as it will be published: trimmed strings, empty optional fields dropped. */
export function toRuleDocument(state: CreateFlowState): RuleDocument {
  const d = state.document
  const community =
    d.community && d.community.name?.trim()
      ? withoutEmpty({ ...d.community, name: d.community.name.trim() })
      : undefined
  return withoutEmpty({
    title: (d.title ?? '').trim(),
    summary: d.summary?.trim() || undefined,
    community: community as RuleDocument['community'],
    sections: (d.sections ?? []).map((s) =>
      withoutEmpty({
        ...s,
        body: s.body?.trim() || undefined,
        modules: s.modules?.length ? s.modules : undefined,
        title: (s.title ?? '').trim(),
      }),
    ),
  }) as RuleDocument
}

type Issue = { path: PropertyKey[]; message: string }
export function collect(issues: Issue[], prefix: string[] = [], into: FieldErrors = {}): FieldErrors {
  for (const issue of issues) {
    const key = [...prefix, ...issue.path.map(String)].join('.') || 'form'
    into[key] ??= issue.message
  }
  return into
}

/** Field errors for one step, keyed by dotted path ("title", "community.name", "sections.2.title"). */
export function validateStep(state: CreateFlowState, step: StepId = state.step): FieldErrors {
  const d = state.document
  const errors: FieldErrors = {}
  if (step === 'community' || step === 'review' || step === 'publish') {
    const title = Title.safeParse(d.title ?? '')
    if (!title.success) collect(title.error.issues, ['title'], errors)
    const summary = Summary.safeParse(d.summary)
    if (!summary.success) collect(summary.error.issues, ['summary'], errors)
    if (d.community) {
      const community = Community.safeParse({ name: '', ...d.community })
      if (!community.success) collect(community.error.issues, ['community'], errors)
    }
  }
  if (step === 'sections' || step === 'review' || step === 'publish') {
    const sections = Sections.safeParse(toRuleDocument(state).sections)
    if (!sections.success) collect(sections.error.issues, ['sections'], errors)
  }
  if ((step === 'review' || step === 'publish') && !Object.keys(errors).length) {
    const doc = DocSchema.safeParse(toRuleDocument(state))
    if (!doc.success) collect(doc.error.issues, [], errors)
  }
  return errors
}

/** The first step (in order) before `step` that does not validate, or null. */
export function firstInvalidStep(state: CreateFlowState, upTo: StepId): StepId | null {
  for (const step of stepIds.slice(1, stepIds.indexOf(upTo) + 1)) {
    if (step === 'review' || step === 'publish' || step === 'done') break
    if (Object.keys(validateStep(state, step)).length) return step
  }
  return null
}

/** A stored draft is trusted only if it parses: a corrupt localStorage value must not break the page. */
export function parseDraft(value: unknown): CreateFlowState | null {
  const result = DraftSchema.safeParse(value)
  return result.success ? (result.data as CreateFlowState) : null
}

export function hasContent(state: CreateFlowState | null | undefined): boolean {
  if (!state) return false
  const d = state.document
  return !!(d.title || d.summary || d.community?.name || d.community?.description || d.sections?.length)
}

export { stepIds }
