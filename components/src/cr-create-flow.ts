import { LitElement, html, nothing } from 'lit'
import type { StepId } from '@communityrule/core/schema/constants'
import { ApiController, type ApiError } from './controllers/api-client'
import { DraftSyncController } from './controllers/draft-sync'
import { PublishController } from './controllers/publish'
import { SessionController, type Member } from './controllers/session'
import type { FlowHost, FlowParts } from './create-flow/context'
import { errorSummary, fieldId, stepOfField } from './create-flow/field-kit'
import { applyEntryParams, forkRule, useTemplate } from './create-flow/step-start'
import {
  lazyParts,
  partOf,
  renderAmending,
  renderNotice,
  renderProgress,
  renderStatus,
  renderStepNav,
  stepBy,
  steps,
} from './create-flow/steps'
import { emit } from './events'
import { emptyState, hasContent, reduce, validateStep } from './state/create-flow'
import type { Action, CreateFlowState, FieldErrors } from './state/create-flow'
import type { MergeNotice } from './state/draft-sync'
import { draftUrl } from './state/local-draft'
import type { DraftSummary } from '@communityrule/core/schema/api'
import { baseStyles, ruleStyles } from './styles'
import { createFlowStyles } from './cr-create-flow.styles'

/**
 * `<cr-create-flow>` — the create flow: start (template, blank or a published rule) → community →
 * sections → review → publish → done. Work is saved on this device on every change and, when signed
 * in, to the member's account (/api/drafts/me). This element routes between the steps
 * (src/create-flow/step-*.ts) and manages focus; publishing is the PublishController's.
 *
 * Reads `?template=<slug>`, `?from=<rule slug>`, `?amend=<rule slug>` and `?draft=<id>` from the page
 * URL once the session is known (then removes them).
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin; e.g. https://communityrule.example when embedded)
 * @fires cr-published - `detail: { rule: {id, slug, url, live} }` once the rule is created (bubbles, composed)
 * @fires cr-signed-in - re-fired from the inline `<cr-sign-in>`
 * @csspart step - the current step's container
 * @csspart status - the save-status line
 * @cssprop --cr-accent, --cr-accent-ink, --cr-ink, --cr-muted, --cr-line, --cr-surface, --cr-wash, --cr-danger, --cr-radius, --cr-font, --cr-link - see docs/embedding.md
 */
export class CrCreateFlow extends LitElement implements FlowHost {
  static properties = {
    api: { type: String },
    state: { state: true },
    errors: { state: true },
    notice: { state: true },
    problem: { state: true },
    announcement: { state: true },
    needSignIn: { state: true },
    libraryFor: { state: true },
    myDrafts: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }
  static styles = [baseStyles, ruleStyles, createFlowStyles]

  api = ''
  state: CreateFlowState = emptyState()
  errors: FieldErrors | null = null
  notice: MergeNotice | null = null
  problem = ''
  announcement = ''
  needSignIn = false
  libraryFor: string | null = null
  /** The member's drafts (the start step lists the others): undefined until asked for, null while loading. */
  myDrafts: DraftSummary[] | null | undefined = undefined

  readonly client = new ApiController(this)
  readonly sync = new DraftSyncController(this, {
    onReplace: (state, notice) => {
      this.state = state
      this.notice = notice
    },
    onSignedOut: () => this.session.set(null),
  })
  readonly session = new SessionController(this, (user) => void this.followSession(user))
  readonly publisher = new PublishController(this, this.client, () => (this.announcement = 'Your rule page is live.'))
  readonly parts: FlowParts = lazyParts(this)
  private entryApplied = false
  private focusAfterRender: string | null = null
  private resumePublish = false

  connectedCallback(): void {
    super.connectedCallback()
    this.state = this.sync.readLocal() ?? emptyState()
    const published = this.publisher.published
    if (this.state.step === 'done' && published && !published.live) void this.publisher.waitForLive(published)
  }

  dispatch(action: Action): void {
    const next = reduce(this.state, action)
    if (next === this.state) return
    this.state = next
    if (this.errors) this.errors = validateStep(next)
    this.sync.update(next)
  }

  /**
   * Replaces the open draft (template, blank, fork, amendment). When it is saved in the account it
   * stays there and this becomes a new draft; otherwise it is kept for one undo.
   */
  async replaceState(next: CreateFlowState, message: string): Promise<void> {
    const previous = this.state
    const saved = this.sync.draftId && hasContent(previous)
    const drafts = saved ? await this.parts.drafts.load().catch(() => undefined) : undefined
    const kept = await drafts?.keepInAccount(this, previous)
    this.state = next
    this.errors = null
    this.sync.update(next)
    this.myDrafts = undefined
    if (kept) this.notice = kept
    else if (hasContent(previous)) this.notice = { kind: 'local', other: previous, message }
  }

  /** Undo of a replacement or merge: the other copy comes back (and becomes the newest). */
  undoReplace(): void {
    const notice = this.notice
    if (!notice) return
    const id = notice.draftId
    if (id) return void this.parts.drafts.load().then((drafts) => drafts.openDraft(this, id))
    this.state = this.sync.restore(notice.other)
    this.notice = null
    this.announcement = 'Your other copy is back.'
  }

  /** Once the session is known (and the account's copy merged): the page's ?template=, ?amend=… */
  private async followSession(user: Member | null): Promise<void> {
    let merged = false
    if (!user) this.sync.signOut()
    else if (this.state.step === 'done') this.sync.signedIn = true
    else merged = await this.mergeAccountCopy()
    if (!this.entryApplied) {
      this.entryApplied = true
      await applyEntryParams(this)
    }
    // Publishing resumes after signing in, unless a copy from the account replaced what was shown.
    if (user && this.resumePublish && !merged) {
      this.resumePublish = false
      void this.publishRule()
    }
  }

  /** True when one copy replaced the other (the notice says so and offers undo). */
  private async mergeAccountCopy(): Promise<boolean> {
    const before = this.state
    const { state, notice } = await this.sync.reconcile(before)
    if (this.state !== before) this.sync.update(this.state)
    else if (state && state !== before) {
      this.state = state
      this.notice = notice ?? null
    } else if (notice) this.notice = notice
    return Boolean(notice)
  }

  useTemplate = (slug: string): Promise<void> => useTemplate(this, slug)
  forkRule = (slug: string): Promise<void> => forkRule(this, slug)

  goTo(step: StepId): void {
    this.dispatch({ type: 'go', step })
    this.focusAfterRender = '#step-heading'
    // Render now even when already on `step` (a replaced draft is shown before its caller moves on):
    // otherwise the focus would move on a later render, e.g. the first keystroke in a field.
    this.requestUpdate()
  }

  /** Validates the current step; moves on only when it is valid, else shows the error summary. */
  continueToNextStep(): void {
    if (this.showErrors(validateStep(this.state))) return
    this.goTo(stepBy(this.state.step, 1)!)
  }

  private goBack(): void {
    this.errors = null
    this.goTo(stepBy(this.state.step, -1)!)
  }

  /** Shows the error summary (and focuses it) when there are errors; clears it when there are none. */
  private showErrors(errors: FieldErrors): boolean {
    const any = Object.keys(errors).length > 0
    this.errors = any ? errors : null
    if (any) this.focusAfterRender = '#error-summary'
    return any
  }

  async focusField(key: string): Promise<void> {
    const step = stepOfField(key)
    if (step !== this.state.step) {
      this.goTo(step)
      this.errors = validateStep(this.state)
    }
    const part = partOf(this.parts, step, this.session.user)
    await part?.load().catch(() => undefined)
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(this.state, key)}`)?.focus()
  }

  protected updated(): void {
    // Download what the next step needs while this one is being filled in.
    partOf(this.parts, stepBy(this.state.step, 1), this.session.user)?.prefetch()
    if (!this.focusAfterRender) return
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)
    this.focusAfterRender = null
    target?.focus()
  }

  /**
   * Publishes the rule, or the amendment of one (once, however often it is clicked or retried), then
   * waits for its page. When someone amended the rule first, the publish step offers to publish on
   * top of the version now current; the work is kept either way.
   */
  async publishRule(): Promise<void> {
    if (this.publisher.busy) return
    let finish: typeof import('./create-flow/finish') | undefined
    try {
      finish = await this.parts.finish.load()
      const errors = { ...validateStep(this.state, 'publish'), ...finish.amendmentErrors(this.state) }
      if (this.showErrors(errors)) return
      if (!this.session.user) return this.askToSignIn()
      this.problem = ''
      const rule = await this.publisher.publish(finish.publishBody(this.state), this.state.amend)
      const done = reduce(this.state, { type: 'go', step: 'done' })
      this.state = done
      this.sync.adopt(done)
      // Published: no longer a draft, here or in the account.
      const draftId = this.sync.finish()
      this.myDrafts = undefined
      this.focusAfterRender = '#step-heading'
      emit(this, 'cr-published', { rule })
      if (draftId) void this.client.send('DELETE', draftUrl(draftId)).catch(() => undefined)
    } catch (err) {
      const error = err as ApiError
      if (error.status === 401) {
        this.session.set(null)
        return this.askToSignIn()
      }
      const current = finish?.conflictVersion(error)
      if (current) {
        this.dispatch({ type: 'amend-conflict', current })
        this.focusAfterRender = '#amend-conflict'
        return
      }
      this.problem = finish ? finish.publishProblem(error, Boolean(this.state.amend)) : networkProblem
      this.focusAfterRender = '#problem'
    }
  }

  /** Shows the sign-in form; publishing resumes once signed in. */
  private askToSignIn(): void {
    this.needSignIn = true
    this.resumePublish = true
    this.focusAfterRender = '#sign-in-heading'
  }

  startAnother(): void {
    this.publisher.forget()
    this.notice = null
    this.state = emptyState()
    this.sync.update(this.state)
    this.focusAfterRender = '#step-heading'
  }

  render() {
    const step = this.state.step
    const syncProblem = this.sync.status === 'failed' || this.sync.status === 'offline' ? this.sync.message : ''
    return html`${renderProgress(step)} ${renderStatus(step, this.sync, this.session.user)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement} ${syncProblem}</div>
      ${renderNotice(this)} ${renderAmending(this)}
      <div part="step" class="step">
        <h2 id="step-heading" tabindex="-1">${steps[step].heading}</h2>
        ${this.problem ? html`<p class="note bad" id="problem" role="alert" tabindex="-1">${this.problem}</p>` : nothing}
        ${errorSummary(this)} ${steps[step].render(this)}
        ${renderStepNav(
          step,
          () => this.goBack(),
          () => this.continueToNextStep(),
        )}
      </div>`
  }
}

/** The end of the flow could not be downloaded: nothing was sent. */
const networkProblem =
  'We could not reach the server, so nothing was published yet. Check your connection and try again.'

if (!customElements.get('cr-create-flow')) customElements.define('cr-create-flow', CrCreateFlow)

declare global {
  interface HTMLElementTagNameMap {
    'cr-create-flow': CrCreateFlow
  }
}
