import type { ApiController } from '../controllers/api-client'
import type { LazyModuleController } from '../controllers/lazy-module'
import type { PublishController } from '../controllers/publish'
import type { SessionController } from '../controllers/session'
import type { Action, CreateFlowState, FieldErrors } from '../state/create-flow'
import type { StepId } from '@communityrule/core/schema/constants'
import type { DraftSummary } from '@communityrule/core/schema/api'
import type { DraftSync, MergeNotice } from '../state/draft-sync'

/** The parts of the create flow that are separate chunks, downloaded when their step is near. */
export type FlowParts = {
  picker: LazyModuleController<typeof import('../cr-template-picker')>
  profile: LazyModuleController<typeof import('./profile')>
  sections: LazyModuleController<typeof import('./step-sections')>
  library: LazyModuleController<typeof import('../cr-method-library')>
  /** The review, publish and done steps (./finish.ts). */
  finish: LazyModuleController<typeof import('./finish')>
  signIn: LazyModuleController<typeof import('../cr-sign-in')>
  /** The member's other drafts, and opening one (./drafts.ts). */
  drafts: LazyModuleController<typeof import('./drafts')>
}

/**
 * What a step of `<cr-create-flow>` sees of its host: the state, the way to change it (`dispatch`,
 * `goTo`…) and the host's shadow root (every step renders into it, so ids, labels and focus work
 * across the whole flow).
 */
export interface FlowHost {
  readonly api: string
  readonly errors: FieldErrors | null
  readonly renderRoot: HTMLElement | DocumentFragment
  readonly updateComplete: Promise<boolean>
  readonly client: ApiController
  readonly session: SessionController
  readonly publisher: PublishController
  readonly parts: FlowParts
  readonly sync: DraftSync
  /** Read by screen readers (a polite live region). */
  announcement: string
  /** The section whose methods library is open (one at a time), or null. */
  libraryFor: string | null
  /** The member's drafts: undefined until asked for, null while loading. */
  myDrafts: DraftSummary[] | null | undefined
  state: CreateFlowState
  notice: MergeNotice | null
  /** A plain-words problem not tied to a field (loading a template failed, publishing failed…). */
  problem: string
  dispatch(action: Action): void
  /** Replaces the open draft (template, blank, fork, amendment); the earlier one stays in the account or for one undo. */
  replaceState(next: CreateFlowState, message: string): Promise<void>
  goTo(step: StepId): void
  focusField(key: string): Promise<void>
  publishRule(): Promise<void>
  startAnother(): void
}
