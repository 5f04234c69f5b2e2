/**
 * What changed between two versions of a rule, for its "changes" page: sections added, removed and
 * moved (matched by their stable `id`), each changed text word by word (jsdiff's `diffWords`), and
 * the methods chosen in each section added or removed. Pure: the site renders it; the create flow
 * could show it before an amendment is published.
 */
import { diffWords } from 'diff'
import type { Module, RuleDocument, Section } from './index'

/** A run of text: in both versions, only the new one (`added`), or only the old one (`removed`). */
export type TextPart = { text: string; change?: 'added' | 'removed' }

/** A text field's change, or undefined when it is the same in both versions. */
export type TextChange = TextPart[] | undefined

export type SectionChange = {
  id: string
  /** The section's title in the version shown (the old one for a removed section). */
  title: string
  status: 'added' | 'removed' | 'changed' | 'unchanged'
  /** It kept its content but changed place relative to the other sections. */
  moved: boolean
  /** 1-based positions, in the old and the new version. */
  from?: number
  to?: number
  titleChange: TextChange
  bodyChange: TextChange
  /** The whole body of an added or removed section. */
  body?: string
  methodsAdded: Pick<Module, 'id' | 'name'>[]
  methodsRemoved: Pick<Module, 'id' | 'name'>[]
}

export type RuleDiff = {
  title: TextChange
  summary: TextChange
  communityName: TextChange
  communityDescription: TextChange
  sections: SectionChange[]
  counts: { added: number; removed: number; changed: number; moved: number }
}

/** Word-by-word difference of two texts; undefined when they are equal. */
export function textChange(before = '', after = ''): TextChange {
  if (before === after) return undefined
  return diffWords(before, after).map((part) => ({
    text: part.value,
    ...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}),
  }))
}

const methodRef = ({ id, name }: Module) => ({ id, name })

function methodChanges(before: Section | undefined, after: Section | undefined) {
  const old = new Map((before?.modules ?? []).map((m) => [m.id, m]))
  const now = new Map((after?.modules ?? []).map((m) => [m.id, m]))
  return {
    methodsAdded: [...now.values()].filter((m) => !old.has(m.id)).map(methodRef),
    methodsRemoved: [...old.values()].filter((m) => !now.has(m.id)).map(methodRef),
  }
}

/**
 * The ids of the sections that kept their relative order: the longest run of common sections whose
 * old positions increase in the new order. Every other common section moved.
 */
function inPlace(oldIndex: Map<string, number>, newOrder: string[]): Set<string> {
  const common = newOrder.filter((id) => oldIndex.has(id))
  // Longest increasing subsequence of old positions (n is at most 40: quadratic is fine).
  const length = common.map(() => 1)
  const previous = common.map(() => -1)
  for (let i = 0; i < common.length; i++) {
    for (let j = 0; j < i; j++) {
      if (oldIndex.get(common[j]!)! < oldIndex.get(common[i]!)! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1
        previous[i] = j
      }
    }
  }
  const kept = new Set<string>()
  let at = length.indexOf(Math.max(0, ...length))
  while (at >= 0) {
    kept.add(common[at]!)
    at = previous[at]!
  }
  return kept
}

/** How `after` differs from `before`; sections in the new version's order, removed ones where they were. */
export function diffRules(before: RuleDocument, after: RuleDocument): RuleDiff {
  const oldIndex = new Map(before.sections.map((s, i) => [s.id, i]))
  const newIndex = new Map(after.sections.map((s, i) => [s.id, i]))
  const kept = inPlace(
    oldIndex,
    after.sections.map((s) => s.id),
  )
  const sections: SectionChange[] = []
  const removed = (section: Section, i: number): SectionChange => ({
    id: section.id,
    title: section.title,
    status: 'removed',
    moved: false,
    from: i + 1,
    titleChange: undefined,
    bodyChange: undefined,
    body: section.body,
    ...methodChanges(section, undefined),
  })
  // Removed sections that came before any section of the new version.
  let nextOld = 0
  const flushRemovedBefore = (oldPosition: number) => {
    for (; nextOld < oldPosition; nextOld++) {
      const section = before.sections[nextOld]!
      if (!newIndex.has(section.id)) sections.push(removed(section, nextOld))
    }
  }
  for (const [i, section] of after.sections.entries()) {
    const from = oldIndex.get(section.id)
    if (from === undefined) {
      sections.push({
        id: section.id,
        title: section.title,
        status: 'added',
        moved: false,
        to: i + 1,
        titleChange: undefined,
        bodyChange: undefined,
        body: section.body,
        ...methodChanges(undefined, section),
      })
      continue
    }
    if (kept.has(section.id)) flushRemovedBefore(from)
    const old = before.sections[from]!
    const methods = methodChanges(old, section)
    const titleChange = textChange(old.title, section.title)
    const bodyChange = textChange(old.body, section.body)
    const changed = Boolean(titleChange || bodyChange || methods.methodsAdded.length || methods.methodsRemoved.length)
    sections.push({
      id: section.id,
      title: section.title,
      status: changed ? 'changed' : 'unchanged',
      moved: !kept.has(section.id),
      from: from + 1,
      to: i + 1,
      titleChange,
      bodyChange,
      ...methods,
    })
  }
  flushRemovedBefore(before.sections.length)
  return {
    title: textChange(before.title, after.title),
    summary: textChange(before.summary, after.summary),
    communityName: textChange(before.community?.name, after.community?.name),
    communityDescription: textChange(before.community?.description, after.community?.description),
    sections,
    counts: {
      added: sections.filter((s) => s.status === 'added').length,
      removed: sections.filter((s) => s.status === 'removed').length,
      changed: sections.filter((s) => s.status === 'changed').length,
      moved: sections.filter((s) => s.moved).length,
    },
  }
}
