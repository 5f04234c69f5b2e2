import { LitElement, html, nothing, type TemplateResult } from 'lit'
import type { RuleDocument } from '@communityrule/core/schema'
import type { PublishRuleBody, RuleTemplate } from '@communityrule/core/schema/api'
import { ApiController, type ApiError } from './controllers/api-client'
import { DraftSyncController } from './controllers/draft-sync'
import { LazyModuleController } from './controllers/lazy-module'
import { SessionController, type Member } from './controllers/session'
import {
  emptyState,
  hasContent,
  reduce,
  toRuleDocument,
  validateStep,
  type Action,
  type CreateFlowState,
  type DraftSection,
  type FieldErrors,
} from './state/create-flow'
import type { MergeNotice } from './state/draft-sync'
import { sectionKinds, stepIds, type SectionKind, type StepId } from '@communityrule/core/schema/constants'
import { kindLabels } from './state/kind-labels'
import { publishKey, clearPublishKey, readPublished, writePublished, type PublishedRef } from './state/publish'
import { baseStyles, ruleStyles } from './styles'
import { createFlowStyles } from './cr-create-flow.styles'

const stepLabels: Record<StepId, string> = {
  start: 'Start',
  community: 'Community',
  sections: 'Sections',
  review: 'Review',
  publish: 'Publish',
  done: 'Done',
}
const stepOf = (key: string): StepId => (key.startsWith('sections') ? 'sections' : 'community')

type PublishPhase = 'idle' | 'publishing' | 'failed'

/**
 * `<cr-create-flow>` — the create flow: start (template, blank or a published rule) → community →
 * sections → review → publish → done. Work is saved on this device on every change and, when signed
 * in, to the member's account (/api/drafts/me).
 *
 * Reads `?template=<slug>` and `?from=<rule slug>` from the page URL once (then removes them).
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin; e.g. https://communityrule.example when embedded)
 * @fires cr-published - `detail: { rule: {id, slug, url, live} }` once the rule is created (bubbles, composed)
 * @fires cr-signed-in - re-fired from the inline `<cr-sign-in>`
 * @csspart step - the current step's container
 * @csspart status - the save-status line
 * @cssprop --cr-accent, --cr-accent-ink, --cr-ink, --cr-muted, --cr-line, --cr-surface, --cr-wash, --cr-danger, --cr-radius, --cr-font, --cr-link - see docs/embedding.md
 */
export class CrCreateFlow extends LitElement {
  static properties = {
    api: { type: String },
    state: { state: true },
    errors: { state: true },
    notice: { state: true },
    problem: { state: true },
    announcement: { state: true },
    phase: { state: true },
    needSignIn: { state: true },
    published: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }
  static styles = [baseStyles, ruleStyles, createFlowStyles]

  api = ''
  state: CreateFlowState = emptyState()
  errors: FieldErrors | null = null
  notice: MergeNotice | null = null
  /** A plain-words problem not tied to a field (loading a template failed, publishing failed…). */
  problem = ''
  announcement = ''
  phase: PublishPhase = 'idle'
  needSignIn = false
  published: PublishedRef | null = null

  private readonly client = new ApiController(this)
  private readonly sync = new DraftSyncController(this, {
    onReplace: (state, notice) => {
      this.state = state
      this.notice = notice
    },
    onSignedOut: () => this.session.set(null),
  })
  private readonly session = new SessionController(this, (user) => void this.followSession(user))
  // Parts of the flow a visitor may not reach are separate chunks, downloaded when their step is
  // shown or the step before it is (so the first visit loads only the start and community steps).
  private readonly picker = new LazyModuleController(this, () => import('./cr-template-picker'))
  private readonly catalogue = new LazyModuleController(this, () => import('./state/module-catalogue'))
  private readonly preview = new LazyModuleController(this, () => import('./render/rule-document'))
  private readonly signIn = new LazyModuleController(this, () => import('./cr-sign-in'))
  private ready: Promise<void> = Promise.resolve()
  private focusAfterRender: string | null = null
  private resumePublish = false
  private publishing = false
  private polling = false

  connectedCallback(): void {
    super.connectedCallback()
    this.state = this.sync.readLocal() ?? emptyState()
    this.published = readPublished()
    if (this.state.step === 'done' && this.published && !this.published.live) void this.waitForLive(this.published)
    this.ready = this.applyEntryParams()
  }

  // ---- state ----

  private dispatch(action: Action): void {
    const next = reduce(this.state, action)
    if (next === this.state) return
    this.state = next
    if (this.errors) this.errors = validateStep(next)
    this.sync.update(next)
  }

  private replaceState(next: CreateFlowState, message: string): void {
    const previous = this.state
    this.state = next
    this.errors = null
    this.sync.update(next)
    if (hasContent(previous)) this.notice = { kind: 'local', other: previous, message }
  }

  /** Undo of a replacement or merge: the other copy comes back (and becomes the newest). */
  undoReplace(): void {
    if (!this.notice) return
    this.state = this.sync.restore(this.notice.other)
    this.notice = null
    this.announcement = 'Your other copy is back.'
  }

  private async followSession(user: Member | null): Promise<void> {
    if (!user) {
      this.sync.signOut()
      return
    }
    await this.ready
    if (this.state.step === 'done') {
      this.sync.signedIn = true
      return
    }
    const before = this.state
    const { state, notice } = await this.sync.reconcile(before)
    if (this.state !== before) {
      this.sync.update(this.state)
    } else if (state && state !== before) {
      this.state = state
      this.notice = notice ?? null
    } else if (notice) this.notice = notice
    if (this.resumePublish && !notice) {
      this.resumePublish = false
      void this.publishRule()
    }
  }

  /** `?template=<slug>` and `?from=<rule slug>`: applied once, then removed so a reload keeps the work. */
  private async applyEntryParams(): Promise<void> {
    const params = new URLSearchParams(location.search)
    const template = params.get('template')
    const from = params.get('from')
    if (!template && !from) return
    params.delete('template')
    params.delete('from')
    const query = params.toString()
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`)
    if (from) await this.forkRule(from)
    else if (template && template !== this.state.templateSlug) await this.useTemplate(template)
  }

  async useTemplate(slug: string): Promise<void> {
    try {
      const { template } = await this.client.request<{ template: RuleTemplate }>(
        `/api/templates/${encodeURIComponent(slug)}`,
      )
      this.chooseTemplate(template)
    } catch (err) {
      this.problem = `We could not load the template “${slug}”: ${(err as ApiError).message} You can pick another one below or start blank.`
    }
  }

  async forkRule(slug: string): Promise<void> {
    try {
      const { rule } = await this.client.request<{
        rule: { id: string; slug: string; title: string; document: RuleDocument }
      }>(`/api/rules/${encodeURIComponent(slug)}`)
      this.replaceState(
        reduce(this.state, { type: 'fork', rule }),
        `You started from “${rule.title}”. Your earlier draft is kept for one undo.`,
      )
      this.goTo('community')
    } catch (err) {
      this.problem = `We could not load the rule “${slug}”: ${(err as ApiError).message}`
    }
  }

  private chooseTemplate(template: Pick<RuleTemplate, 'slug' | 'title' | 'document'>): void {
    this.replaceState(
      reduce(this.state, { type: 'apply-template', template }),
      `You started from the “${template.title}” template. Your earlier draft is kept for one undo.`,
    )
    this.problem = ''
    this.goTo('community')
  }

  private startBlank(): void {
    this.replaceState(
      reduce(this.state, { type: 'start-blank' }),
      'You started a blank rule. Your earlier draft is kept for one undo.',
    )
    this.goTo('community')
  }

  // ---- navigation and validation ----

  private goTo(step: StepId): void {
    this.dispatch({ type: 'go', step })
    this.focusAfterRender = '#step-heading'
  }

  /** Validates the current step; moves on only when it is valid, else shows the error summary. */
  continueToNextStep(): void {
    const errors = validateStep(this.state)
    if (Object.keys(errors).length) {
      this.errors = errors
      this.focusAfterRender = '#error-summary'
      return
    }
    this.errors = null
    this.goTo(stepIds[stepIds.indexOf(this.state.step) + 1]!)
  }

  private goBack(): void {
    this.errors = null
    this.goTo(stepIds[Math.max(0, stepIds.indexOf(this.state.step) - 1)]!)
  }

  private fieldId(key: string): string {
    const m = /^sections\.(\d+)\.(\w+)/.exec(key)
    if (m) {
      const section = this.state.document.sections?.[Number(m[1])]
      return section ? `f-${section.id}-${m[2] === 'body' ? 'body' : 'title'}` : 'f-add-kind'
    }
    if (key.startsWith('sections')) return 'f-add-kind'
    return `f-${key.replace(/\./g, '-')}`
  }

  private async focusField(key: string): Promise<void> {
    const step = stepOf(key)
    if (step !== this.state.step) {
      this.goTo(step)
      this.errors = validateStep(this.state)
    }
    await this.partOf(step)
      ?.load()
      .catch(() => undefined)
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(`#${this.fieldId(key)}`)?.focus()
  }

  /** The lazily loaded part a step shows (the sign-in form only matters when nobody is signed in). */
  private partOf(step: StepId | undefined): LazyModuleController<unknown> | undefined {
    if (step === 'start') return this.picker
    if (step === 'sections') return this.catalogue
    if (step === 'review') return this.preview
    if (step === 'publish' && !this.session.user) return this.signIn
    return undefined
  }

  /** Renders `view` once `part` has loaded; meanwhile a loading line, or the failure with a retry. */
  private whenLoaded<T, R>(part: LazyModuleController<T>, view: (module: T) => R): R | TemplateResult {
    const module = part.get()
    if (module) return view(module)
    if (part.failed)
      return html`<p class="note bad" role="alert">
        This part of the editor could not be downloaded. Your work is saved. Check your connection, then
        <button type="button" class="link" @click=${() => part.retry()}>try again</button>.
      </p>`
    return html`<p class="muted" aria-busy="true">Loading…</p>`
  }

  protected updated(): void {
    // Download what the next step needs while this one is being filled in.
    this.partOf(stepIds[stepIds.indexOf(this.state.step) + 1])?.prefetch()
    if (!this.focusAfterRender) return
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)
    this.focusAfterRender = null
    target?.focus()
  }

  // ---- sections ----

  private async moveSection(section: DraftSection, by: number): Promise<void> {
    const list = this.state.document.sections ?? []
    const to = list.findIndex((s) => s.id === section.id) + by
    this.dispatch({ type: 'move-section', id: section.id, by })
    this.announcement = `Moved “${section.title || kindLabels[section.kind]}” to position ${to + 1} of ${list.length}.`
    await this.updateComplete
    const dir = by < 0 ? 'up' : 'down'
    const same = this.renderRoot.querySelector<HTMLButtonElement>(`#move-${dir}-${section.id}`)
    const other = this.renderRoot.querySelector<HTMLButtonElement>(
      `#move-${dir === 'up' ? 'down' : 'up'}-${section.id}`,
    )
    ;(same && !same.disabled ? same : other)?.focus()
  }

  private async removeSection(section: DraftSection): Promise<void> {
    const list = this.state.document.sections ?? []
    const index = list.findIndex((s) => s.id === section.id)
    this.dispatch({ type: 'remove-section', id: section.id })
    this.announcement = `Removed “${section.title || kindLabels[section.kind]}”.`
    await this.updateComplete
    const next = this.state.document.sections?.[Math.min(index, (this.state.document.sections?.length ?? 1) - 1)]
    this.renderRoot.querySelector<HTMLElement>(next ? `#f-${next.id}-title` : '#f-add-kind')?.focus()
  }

  private async addSection(): Promise<void> {
    const kind = this.renderRoot.querySelector<HTMLSelectElement>('#f-add-kind')!.value as SectionKind
    this.dispatch({ type: 'add-section', kind })
    const added = this.state.document.sections!.at(-1)!
    this.announcement = `Added a ${kindLabels[kind]} section.`
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(`#f-${added.id}-title`)?.focus()
  }

  // ---- publishing ----

  /** Publishes the rule (once, however often it is clicked or retried), then waits for its page. */
  async publishRule(): Promise<void> {
    if (this.publishing) return
    const errors = validateStep(this.state, 'publish')
    if (Object.keys(errors).length) {
      this.errors = errors
      this.focusAfterRender = '#error-summary'
      return
    }
    if (!this.session.user) {
      this.needSignIn = true
      this.resumePublish = true
      this.focusAfterRender = '#sign-in-heading'
      return
    }
    this.publishing = true
    this.phase = 'publishing'
    this.problem = ''
    const document = toRuleDocument(this.state)
    const body: PublishRuleBody = {
      title: document.title,
      ...(document.summary ? { summary: document.summary } : {}),
      document,
      ...(this.state.templateSlug ? { sourceTemplate: this.state.templateSlug } : {}),
      ...(this.state.forkedFrom ? { forkedFrom: this.state.forkedFrom } : {}),
    }
    const json = JSON.stringify(body)
    try {
      const { rule } = await this.client.request<{ rule: PublishedRef }>('/api/rules', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': publishKey(json) },
        body: json,
      })
      clearPublishKey()
      this.published = writePublished(rule)
      this.phase = 'idle'
      const done = reduce(this.state, { type: 'go', step: 'done' })
      this.state = done
      this.sync.adopt(done)
      this.focusAfterRender = '#step-heading'
      this.dispatchEvent(new CustomEvent('cr-published', { detail: { rule }, bubbles: true, composed: true }))
      void this.client.send('DELETE', '/api/drafts/me').catch(() => undefined)
      void this.waitForLive(rule)
    } catch (err) {
      this.failPublish(err as ApiError)
    } finally {
      this.publishing = false
    }
  }

  private failPublish(err: ApiError): void {
    this.phase = 'failed'
    if (err.status === 401) {
      this.session.set(null)
      this.needSignIn = true
      this.resumePublish = true
      this.phase = 'idle'
      this.focusAfterRender = '#sign-in-heading'
      return
    }
    if (err.code === 'idempotency_mismatch') clearPublishKey()
    this.problem =
      err.status === 0
        ? 'We could not reach the server, so your rule is not published yet. Check your connection and press Publish again — it will only be published once.'
        : err.status === 413
          ? 'Your rule is too large to publish (the limit is 512 KB). Shorten some sections and try again.'
          : err.status === 429
            ? `Too many attempts. Please wait ${Math.ceil((err.retryAfterMs ?? 60000) / 1000)} seconds and try again.`
            : `Your rule was not published: ${err.message}`
    this.focusAfterRender = '#problem'
  }

  /** Polls GET /api/rules/:id until the static page is built (`live: true`). */
  private async waitForLive(rule: PublishedRef): Promise<void> {
    if (this.polling) return
    this.polling = true
    let delay = 400
    const deadline = Date.now() + 60_000
    try {
      while (this.isConnected && Date.now() < deadline) {
        try {
          const { rule: current } = await this.client.request<{ rule: PublishedRef }>(
            `/api/rules/${encodeURIComponent(rule.id)}`,
          )
          if (current.live) {
            this.published = writePublished({ ...rule, ...current, live: true })
            this.announcement = 'Your rule page is live.'
            return
          }
        } catch {
          // keep polling: the page build or the network may be slow
        }
        await new Promise((r) => setTimeout(r, delay))
        delay = Math.min(delay * 1.5, 3000)
      }
      if (this.published) this.published = { ...this.published, timedOut: true }
    } finally {
      this.polling = false
    }
  }

  startAnother(): void {
    writePublished(null)
    this.published = null
    this.notice = null
    this.state = emptyState()
    this.sync.update(this.state)
    this.focusAfterRender = '#step-heading'
  }

  private ruleUrl(url: string): string {
    try {
      return new URL(url, this.api || location.href).href
    } catch {
      return url
    }
  }

  // ---- rendering ----

  private input(
    key: string,
    label: string,
    value: string | undefined,
    onInput: (v: string) => void,
    opts: { hint?: string; multiline?: boolean; required?: boolean; autocomplete?: string; max?: number } = {},
  ) {
    const id = this.fieldId(key)
    const error = this.errors?.[key]
    const describedBy = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing
    const handler = (e: Event) => onInput((e.target as HTMLInputElement).value)
    return html`<label for=${id}
        >${label}${opts.required ? nothing : html` <span class="muted">(optional)</span>`}</label
      >
      ${opts.hint ? html`<span class="hint" id="${id}-hint">${opts.hint}</span>` : nothing}
      ${
        opts.multiline
          ? html`<textarea
              id=${id}
              maxlength=${opts.max ?? 2000}
              .value=${value ?? ''}
              @input=${handler}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
            ></textarea>`
          : html`<input
              id=${id}
              type="text"
              maxlength=${opts.max ?? 120}
              autocomplete=${opts.autocomplete ?? 'off'}
              .value=${value ?? ''}
              @input=${handler}
              ?required=${opts.required}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
            />`
      }
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`
  }

  private renderErrorSummary(errors = this.errors) {
    const entries = Object.entries(errors ?? {})
    if (!entries.length) return nothing
    return html`<div
      class="note bad"
      id="error-summary"
      tabindex="-1"
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title">
        Please fix ${entries.length === 1 ? 'this' : `these ${entries.length} things`} to continue
      </h3>
      <ul>
        ${entries.map(([key, message]) => html`<li><button type="button" class="link" @click=${() => this.focusField(key)}>${message}</button></li>`)}
      </ul>
    </div>`
  }

  private renderStart() {
    return html` ${
        hasContent(this.state)
          ? html`<div class="note">
              <p>
                You have a draft in
                progress${this.state.document.title ? html`: <strong>${this.state.document.title}</strong>` : nothing}.
              </p>
              <button type="button" @click=${() => this.goTo('community')}>Continue your draft</button>
            </div>`
          : nothing
      }
      <h3>Start from a template</h3>
      ${this.whenLoaded(
        this.picker,
        () =>
          html`<cr-template-picker
            api=${this.api}
            @cr-template-chosen=${(e: CustomEvent<{ template: RuleTemplate }>) => this.chooseTemplate(e.detail.template)}
          ></cr-template-picker>`,
      )}
      <h3>Or start from scratch</h3>
      <button type="button" class="secondary" @click=${this.startBlank}>Start a blank rule</button>`
  }

  private renderCommunity() {
    const d = this.state.document
    const set = (field: 'name' | 'description' | 'size') => (value: string) =>
      this.dispatch({ type: 'set-community', field, value })
    return html` ${this.input(
      'title',
      'Rule title',
      d.title,
      (value) => this.dispatch({ type: 'set-rule', field: 'title', value }),
      {
        required: true,
        hint: 'For example “How the Riverside Food Co-op decides”.',
      },
    )}
    ${this.input(
      'summary',
      'Summary',
      d.summary,
      (value) => this.dispatch({ type: 'set-rule', field: 'summary', value }),
      {
        multiline: true,
        max: 500,
        hint: 'One or two sentences shown under the title and in listings.',
      },
    )}
    ${this.input('community.name', 'Community name', d.community?.name, set('name'), { autocomplete: 'organization' })}
    ${this.input('community.description', 'About the community', d.community?.description, set('description'), {
      multiline: true,
      hint: 'Who you are and what you do together.',
    })}
    ${this.input('community.size', 'Size', d.community?.size, set('size'), { max: 60, hint: 'For example “about 30 members”.' })}`
  }

  private renderSection(section: DraftSection, index: number, count: number) {
    const name = section.title || kindLabels[section.kind]
    const modules = this.catalogue.value?.modulesFor(section.kind) ?? []
    const chosen = new Set((section.modules ?? []).map((m) => m.id))
    return html`<li class="section" aria-labelledby="h-${section.id}">
      <h3 id="h-${section.id}">${index + 1}. ${kindLabels[section.kind]}</h3>
      ${this.input(`sections.${index}.title`, 'Section title', section.title, (value) => this.dispatch({ type: 'edit-section', id: section.id, field: 'title', value }), { required: true })}
      ${this.input(
        `sections.${index}.body`,
        'Text',
        section.body,
        (value) => this.dispatch({ type: 'edit-section', id: section.id, field: 'body', value }),
        {
          multiline: true,
          max: 10000,
          hint: 'Blank lines start a new paragraph; start lines with “- ” for a list; *emphasis*; [link text](https://…).',
        },
      )}
      <fieldset>
        <legend>Building blocks for “${name}”</legend>
        <div class="modules-pick">
          ${modules.map(
            (m) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${chosen.has(m.id)}
                  @change=${() => this.dispatch({ type: 'toggle-module', sectionId: section.id, module: m })}
                /><span>${m.name}</span></label
              >`,
          )}
        </div>
      </fieldset>
      <div class="row">
        <button
          type="button"
          class="secondary"
          id="move-up-${section.id}"
          ?disabled=${index === 0}
          @click=${() => this.moveSection(section, -1)}
        >
          Move up<span class="visually-hidden"> “${name}”</span>
        </button>
        <button
          type="button"
          class="secondary"
          id="move-down-${section.id}"
          ?disabled=${index === count - 1}
          @click=${() => this.moveSection(section, 1)}
        >
          Move down<span class="visually-hidden"> “${name}”</span>
        </button>
        <button type="button" class="secondary" @click=${() => this.removeSection(section)}>
          Remove<span class="visually-hidden"> “${name}”</span>
        </button>
      </div>
    </li>`
  }

  private renderSections() {
    const sections = this.state.document.sections ?? []
    const error = this.errors?.sections
    return html` <p>
        Each section says how one part of your community works. Reorder them with “Move up” and “Move down”.
      </p>
      ${
        sections.length
          ? html`<ol class="plain">
              ${sections.map((s, i) => this.renderSection(s, i, sections.length))}
            </ol>`
          : html`<p class="muted">No sections yet.</p>`
      }
      <div class="row">
        <label for="f-add-kind" style="margin:0">Kind of section</label>
        <select
          id="f-add-kind"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'f-add-kind-error' : nothing}
        >
          ${sectionKinds.map((k) => html`<option value=${k}>${kindLabels[k]}</option>`)}
        </select>
        <button type="button" class="secondary" @click=${this.addSection}>Add section</button>
      </div>
      ${error ? html`<p class="error" id="f-add-kind-error">${error}</p>` : nothing}`
  }

  private renderReview() {
    const errors = validateStep(this.state, 'review')
    if (Object.keys(errors).length) {
      const shown = Object.keys(this.errors ?? {}).length > 0
      return html`<p>Your rule is not ready to publish yet.</p>
        ${shown ? nothing : this.renderErrorSummary(errors)}`
    }
    return html`<p>This is how your rule page will look. Go back to change anything.</p>
      <div class="preview">
        ${this.whenLoaded(this.preview, ({ rulePage }) => rulePage(toRuleDocument(this.state), this.scrollToSection))}
      </div>`
  }

  private readonly scrollToSection = (event: Event) => {
    const link = (event.target as HTMLElement).closest('a')
    if (!link) return
    event.preventDefault()
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${link.getAttribute('href')!.slice(1)}"]`)
    target?.scrollIntoView()
    target?.querySelector('h2')?.setAttribute('tabindex', '-1')
    target?.querySelector('h2')?.focus()
  }

  private renderPublish() {
    const user = this.session.user
    const doc = toRuleDocument(this.state)
    return html`<p>
        Publishing makes “<strong>${doc.title}</strong>” public at a permanent address. Anyone can read, copy and print
        it.
      </p>
      ${
        user
          ? html`<p>Signed in as <strong>${user.email}</strong>.</p>
              <div class="row">
                <button
                  type="button"
                  id="publish"
                  aria-disabled=${this.phase === 'publishing' ? 'true' : 'false'}
                  @click=${this.publishRule}
                >
                  ${this.phase === 'publishing' ? 'Publishing…' : this.phase === 'failed' ? 'Try publishing again' : 'Publish rule'}
                </button>
              </div>`
          : html`<h3 id="sign-in-heading" tabindex="-1">Sign in to publish</h3>
              <p>We will email you a code. Your work stays here while you sign in.</p>
              ${this.whenLoaded(this.signIn, () => html`<cr-sign-in api=${this.api}></cr-sign-in>`)}`
      }`
  }

  private renderDone() {
    const rule = this.published
    if (!rule)
      return html`<p>Your rule is published.</p>
        <button type="button" @click=${this.startAnother}>Start another rule</button>`
    return html` ${
        rule.live || rule.timedOut
          ? html`<p>
                Your rule is live at a permanent
                address${rule.timedOut ? ' (the page may take a moment to appear)' : ''}:
              </p>
              <p><a class="button" id="live-link" href=${this.ruleUrl(rule.url)}>View your published rule</a></p>`
          : html`<p aria-busy="true">Your rule is saved. We are building its page — this takes a second or two…</p>`
      }
      <div class="row">
        <button type="button" class="secondary" @click=${this.startAnother}>Start another rule</button>
      </div>`
  }

  private renderStatus() {
    if (this.state.step === 'done') return nothing
    const { status, message } = this.sync
    const user = this.session.user
    return html`<p class="sync" part="status" data-status=${status}>
      ${message || 'Saved on this device.'}
      ${status === 'failed' || status === 'offline' ? html` <button type="button" class="link" @click=${() => this.sync.retryNow()}>Try again now</button>` : nothing}
      ${user === null && this.state.step !== 'publish' ? html` Sign in when you publish to save it to your account.` : nothing}
    </p>`
  }

  render() {
    const step = this.state.step
    const body: Record<StepId, () => TemplateResult | typeof nothing> = {
      start: () => this.renderStart(),
      community: () => this.renderCommunity(),
      sections: () => this.whenLoaded(this.catalogue, () => this.renderSections()),
      review: () => this.renderReview(),
      publish: () => this.renderPublish(),
      done: () => this.renderDone(),
    }
    const headings: Record<StepId, string> = {
      start: 'How do you want to start?',
      community: 'Your rule and community',
      sections: 'Sections',
      review: 'Review your rule',
      publish: 'Publish',
      done: 'Your rule is published',
    }
    const syncProblem = this.sync.status === 'failed' || this.sync.status === 'offline' ? this.sync.message : ''
    return html` <nav aria-label="Progress">
        <ol class="steps">
          ${stepIds.map((s) => html`<li aria-current=${s === step ? 'step' : nothing}>${stepLabels[s]}</li>`)}
        </ol>
      </nav>
      ${this.renderStatus()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement} ${syncProblem}</div>
      ${
        this.notice
          ? html`<div class="note" role="status">
              <p>${this.notice.message}</p>
              <button type="button" class="secondary" @click=${this.undoReplace}>Undo — use the other copy</button>
              <button type="button" class="link" @click=${() => (this.notice = null)}>Dismiss</button>
            </div>`
          : nothing
      }
      <div part="step" class="step">
        <h2 id="step-heading" tabindex="-1">${headings[step]}</h2>
        ${this.problem ? html`<p class="note bad" id="problem" role="alert" tabindex="-1">${this.problem}</p>` : nothing}
        ${this.renderErrorSummary()} ${body[step]()}
        ${
          step !== 'start' && step !== 'done'
            ? html`<div class="row">
                <button type="button" class="secondary" @click=${this.goBack}>Back</button>
                ${step === 'publish' ? nothing : html`<button type="button" @click=${this.continueToNextStep}>Continue</button>`}
              </div>`
            : nothing
        }
      </div>`
  }
}

if (!customElements.get('cr-create-flow')) customElements.define('cr-create-flow', CrCreateFlow)

declare global {
  interface HTMLElementTagNameMap {
    'cr-create-flow': CrCreateFlow
  }
}
