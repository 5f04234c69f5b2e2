/**
 * The create flow's route table and the lines around every step: progress, save status, and the
 * undo notice after a draft was replaced or merged.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit'
import { stepIds, type StepId } from '@communityrule/core/schema/constants'
import type { DraftSync, MergeNotice } from '../state/draft-sync'
import type { Member } from '../controllers/session'
import { LazyModuleController } from '../controllers/lazy-module'
import type { FlowHost, FlowParts } from './context'
import { renderCommunity } from './step-community'
import { whenLoaded } from './field-kit'
import { renderStart } from './step-start'

export const steps: Record<StepId, { label: string; heading: string; render: (flow: FlowHost) => unknown }> = {
  start: { label: 'Start', heading: 'How do you want to start?', render: renderStart },
  community: { label: 'Community', heading: 'Your rule and community', render: renderCommunity },
  sections: {
    label: 'Sections',
    heading: 'Sections',
    render: (f) => whenLoaded(f.parts.sections, (m) => m.renderSections(f)),
  },
  review: {
    label: 'Review',
    heading: 'Review your rule',
    render: (f) => whenLoaded(f.parts.finish, (m) => m.renderReview(f)),
  },
  publish: {
    label: 'Publish',
    heading: 'Publish',
    render: (f) => whenLoaded(f.parts.finish, (m) => m.renderPublish(f)),
  },
  done: {
    label: 'Done',
    heading: 'Your rule is published',
    render: (f) => whenLoaded(f.parts.finish, (m) => m.renderDone(f)),
  },
}

/** The step after (`by` 1) or before (`by` -1) `step`, if any. */
export const stepBy = (step: StepId, by: number): StepId | undefined => stepIds[Math.max(0, stepIds.indexOf(step) + by)]

/**
 * Parts of the flow a visitor may not reach are separate chunks, downloaded when their step is shown
 * or the step before it is (so the first visit loads only the start and community steps): the
 * sections step, then its methods library, then the review, publish and done steps. The community
 * profile's chips come when someone opens them (or has answered before).
 */
export const lazyParts = (host: ReactiveControllerHost): FlowParts => ({
  picker: new LazyModuleController(host, () => import('../cr-template-picker')),
  profile: new LazyModuleController(host, () => import('./profile')),
  sections: new LazyModuleController(host, () => import('./step-sections')),
  library: new LazyModuleController(host, () => import('../cr-method-library')),
  finish: new LazyModuleController(host, () => import('./finish')),
  signIn: new LazyModuleController(host, () => import('../cr-sign-in')),
  drafts: new LazyModuleController(host, () => import('./drafts')),
})

/** The lazily loaded part a step shows (the sign-in form only matters when nobody is signed in). */
export function partOf(
  parts: FlowParts,
  step: StepId | undefined,
  user: Member | null | undefined,
): LazyModuleController<unknown> | undefined {
  if (step === 'start') return parts.picker
  if (step === 'sections') return parts.sections
  if (step === 'review') return parts.finish
  if (step === 'publish') return user ? parts.finish : parts.signIn
  return undefined
}

/** While amending: which rule and version, on every step. */
export function renderAmending(flow: FlowHost) {
  const amend = flow.state.amend
  return amend
    ? html`<p class="note" id="amending">
        You are amending <a href=${`/rules/${amend.slug}/`}>“${amend.title}”</a> (version ${amend.version}). Publishing
        it adds version ${amend.version + 1} to the rule’s public history.
      </p>`
    : nothing
}

export function renderProgress(step: StepId) {
  return html`<nav aria-label="Progress">
    <ol class="steps">
      ${stepIds.map((s) => html`<li aria-current=${s === step ? 'step' : nothing}>${steps[s].label}</li>`)}
    </ol>
  </nav>`
}

export function renderStatus(step: StepId, sync: DraftSync, user: Member | null | undefined) {
  if (step === 'done') return nothing
  const { status, message } = sync
  return html`<p class="sync" part="status" data-status=${status}>
    ${message || 'Saved on this device.'}
    ${status === 'failed' || status === 'offline' ? html` <button type="button" class="link" @click=${() => sync.retryNow()}>Try again now</button>` : nothing}
    ${user === null && step !== 'publish' ? html` Sign in when you publish to save it to your account.` : nothing}
  </p>`
}

/** After a draft was replaced or merged: what happened, and one undo. */
export function renderNotice(flow: { notice: MergeNotice | null; undoReplace(): void }) {
  const { notice } = flow
  if (!notice) return nothing
  return html`<div class="note" role="status">
    <p>${notice.message}</p>
    <button type="button" class="secondary" @click=${() => flow.undoReplace()}>
      ${notice.kind === 'kept' ? 'Go back to it' : 'Undo — use the other copy'}
    </button>
    <button type="button" class="link" @click=${() => (flow.notice = null)}>Dismiss</button>
  </div>`
}

/** Back and Continue (the start step has its own choices; publish has its own button; done has none). */
export function renderStepNav(step: StepId, back: () => void, next: () => void) {
  if (step === 'start' || step === 'done') return nothing
  return html`<div class="row">
    <button type="button" class="secondary" @click=${back}>Back</button>
    ${step === 'publish' ? nothing : html`<button type="button" @click=${next}>Continue</button>`}
  </div>`
}
