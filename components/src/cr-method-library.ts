import { LitElement, html, nothing } from 'lit'
import { Module } from '@communityrule/core/schema'
import { Task } from '@lit/task'
import { OWN_PREFIX } from '@communityrule/core/schema/constants'
import { slugBase } from '@communityrule/core/schema/slug'
import {
  methodFields,
  methodGroupLabels,
  methodGroups,
  type CommunityProfile,
  type MethodData,
  type MethodGroup,
} from '@communityrule/core/schema/method-fields'
import { methodText } from '@communityrule/core/schema/method-text'
import type { Recommendation } from '@communityrule/core/schema/recommend'
import { apiRequest, type ApiError } from './controllers/api-client'
import { emit } from './events'
import { baseStyles } from './styles'
import { methodLibraryStyles } from './cr-method-library.styles'

type RankedMethod = MethodData & { recommendation: Recommendation }

/** The id a community's own method gets in a rule: never a library slug (those cannot start with `own-`). */
export const ownMethodId = (name: string) => `${OWN_PREFIX}${slugBase(name, 50) || 'method'}`

/**
 * `<cr-method-library>` — the governance methods library, for choosing a section's building blocks:
 * search by name, filter by group, methods that suit the community first (each with its reason), a
 * method's structured fields on demand, and "add my own method" with the same structured fields,
 * checked by the library's own schema (core/schema/methods.ts). Reads `GET /api/methods`.
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin)
 * @attr group - the group to show first (a section's kind); '' for every group
 * @attr label - what the methods are for, read after "Add" by screen readers (e.g. the section title)
 * @prop profile - a community profile (`CommunityProfile`): suitable methods first, others left out
 * @prop chosen - ids of the methods already in the section (their button reads "Remove")
 * @fires cr-method-toggled - `detail: { module }` when a library method is added or removed
 * @fires cr-own-method-added - `detail: { module }` when the community's own method is added
 */
export class CrMethodLibrary extends LitElement {
  static properties = {
    api: { type: String },
    group: { type: String },
    label: { type: String },
    profile: { attribute: false },
    chosen: { attribute: false },
    query: { state: true },
    filter: { state: true },
    expanded: { state: true },
    ownOpen: { state: true },
    ownErrors: { state: true },
  }

  static styles = [baseStyles, methodLibraryStyles]

  api = ''
  group = ''
  label = ''
  profile: CommunityProfile | undefined = undefined
  chosen: readonly string[] = []
  /** The search words, applied after a short pause in typing. */
  query = ''
  /** The group shown: starts at `group`, the visitor can change it. */
  filter: MethodGroup | '' | undefined = undefined
  /** The method whose details are shown. */
  expanded: string | null = null
  ownOpen = false
  ownErrors: Record<string, string> = {}
  private typing: ReturnType<typeof setTimeout> | undefined

  private readonly methods = new Task(this, {
    task: async ([api, group, query, profile], { signal }) => {
      const params = new URLSearchParams({ limit: '200' })
      if (group) params.set('group', group)
      if (query) params.set('q', query)
      const p = profile ?? {}
      for (const [name, value] of [
        ['kind', p.organisationKind],
        ['size', p.sizeBand],
        ['maturity', p.maturity],
        ['scale', p.scale],
      ] as const)
        if (value) params.set(name, value)
      const body = await apiRequest<{ methods: RankedMethod[] }>(fetch, api, `/api/methods?${params}`, { signal })
      return body.methods
    },
    args: () => [this.api, this.shownGroup, this.query, this.profile] as const,
  })

  private get shownGroup(): MethodGroup | '' {
    if (this.filter !== undefined) return this.filter
    return (methodGroups as readonly string[]).includes(this.group) ? (this.group as MethodGroup) : ''
  }

  private search(value: string): void {
    clearTimeout(this.typing)
    this.typing = setTimeout(() => (this.query = value.trim()), 250)
  }

  private toggle(method: RankedMethod): void {
    emit(this, 'cr-method-toggled', { module: { id: method.slug, name: method.name, summary: method.summary } })
  }

  render() {
    const groupId = 'method-group'
    return html`<div class="bar" role="search" aria-label="Methods library">
        <div>
          <label for="method-search">Search methods</label>
          <input
            id="method-search"
            type="search"
            autocomplete="off"
            @input=${(e: Event) => this.search((e.target as HTMLInputElement).value)}
          />
        </div>
        <div>
          <label for=${groupId}>Group</label>
          <select
            id=${groupId}
            @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as MethodGroup | '')}
          >
            <option value="" ?selected=${this.shownGroup === ''}>All groups</option>
            ${methodGroups.map((g) => html`<option value=${g} ?selected=${this.shownGroup === g}>${methodGroupLabels[g]}</option>`)}
          </select>
        </div>
      </div>
      ${this.methods.render({
        pending: () => html`<p class="muted" aria-busy="true">Loading methods…</p>`,
        error: (err) =>
          html`<p class="error" role="alert">
            ${(err as ApiError).message ?? 'The library could not be loaded.'}
            <button type="button" class="link" @click=${() => this.methods.run()}>Try again</button>
          </p>`,
        complete: (methods) => this.renderList(methods),
      })}
      ${this.renderOwn()}`
  }

  private renderList(methods: RankedMethod[]) {
    const suited = methods.filter((m) => m.recommendation.reason).length
    return html`<p class="muted" role="status">
        ${methods.length === 0 ? 'No method matches. Try other words, another group, or add your own below.' : nothing}
        ${methods.length ? `${methods.length} ${methods.length === 1 ? 'method' : 'methods'}` : nothing}${suited ? `, ${suited} suited to your community first` : nothing}
      </p>
      <ul class="methods">
        ${methods.map((method) => this.renderMethod(method))}
      </ul>`
  }

  private renderMethod(method: RankedMethod) {
    const added = this.chosen.includes(method.slug)
    const open = this.expanded === method.slug
    const detailsId = `details-${method.slug}`
    return html`<li class="method" data-slug=${method.slug}>
      <h4 id="name-${method.slug}">${method.name}</h4>
      ${method.recommendation.reason ? html`<p class="reason">${method.recommendation.reason}</p>` : nothing}
      <p>${method.summary}</p>
      <div class="row">
        <button
          type="button"
          class=${added ? 'secondary' : ''}
          aria-pressed=${added ? 'true' : 'false'}
          aria-describedby="name-${method.slug}"
          @click=${() => this.toggle(method)}
        >
          ${added ? 'Added' : 'Add'}<span class="visually-hidden">${this.label ? ` to ${this.label}` : ''}</span>
        </button>
        <button
          type="button"
          class="link"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${detailsId}
          @click=${() => (this.expanded = open ? null : method.slug)}
        >
          ${open ? 'Hide details' : 'Details'}<span class="visually-hidden"> of ${method.name}</span>
        </button>
      </div>
      <dl id=${detailsId} ?hidden=${!open}>
        ${
          open
            ? methodFields[method.group].map(
                ([name, label]) =>
                  html`<dt>${label}</dt>
                    <dd>${(method.details as Record<string, string>)[name]}</dd>`,
              )
            : nothing
        }
      </dl>
    </li>`
  }

  private renderOwn() {
    if (!this.ownOpen)
      return html`<p>
        <button type="button" class="secondary" id="own-open" @click=${() => this.openOwn()}>Add my own method</button>
      </p>`
    const group = this.ownGroup
    const field = (name: string, label: string, hint: string, multiline = true) => {
      const error = this.ownErrors[name]
      const id = `own-${name}`
      const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
      return html`<label for=${id}>${label}</label>
        <span class="hint" id="${id}-hint">${hint}</span>
        ${
          multiline
            ? html`<textarea
                id=${id}
                name=${name}
                maxlength="1500"
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${described}
              ></textarea>`
            : html`<input
                id=${id}
                name=${name}
                type="text"
                maxlength="80"
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${described}
              />`
        }
        ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`
    }
    return html`<form class="own" aria-labelledby="own-heading" novalidate @submit=${(e: Event) => this.addOwn(e)}>
      <h4 id="own-heading" tabindex="-1">Your own method</h4>
      <label for="own-group">Group</label>
      <select id="own-group" name="group" @change=${() => this.requestUpdate()}>
        ${methodGroups.map((g) => html`<option value=${g} ?selected=${g === group}>${methodGroupLabels[g]}</option>`)}
      </select>
      ${field('name', 'Name', 'A short name, such as “Tuesday check-in”.', false)}
      ${field('summary', 'Summary', 'One or two sentences on what it is.')}
      ${methodFields[group].map(([name, label, hint]) => field(name, label, hint))}
      <div class="row">
        <button type="submit">Add this method</button>
        <button type="button" class="secondary" @click=${() => this.closeOwn()}>Cancel</button>
      </div>
    </form>`
  }

  /** The group of the own-method form: what its menu says, or the library's group. */
  private get ownGroup(): MethodGroup {
    const chosen = this.renderRoot?.querySelector<HTMLSelectElement>('#own-group')?.value
    return (chosen || this.shownGroup || 'values') as MethodGroup
  }

  private async openOwn(): Promise<void> {
    this.ownOpen = true
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#own-heading')?.focus()
  }

  private async closeOwn(): Promise<void> {
    this.ownOpen = false
    this.ownErrors = {}
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#own-open')?.focus()
  }

  /** Checks the form with the library's schema (its written part); adds the method, or shows each problem by its field. */
  private async addOwn(event: Event): Promise<void> {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    const value = (name: string) => String(form.get(name) ?? '')
    const group = this.ownGroup
    const result = methodText(group).safeParse({
      name: value('name'),
      summary: value('summary'),
      details: Object.fromEntries(methodFields[group].map(([field]) => [field, value(field)])),
    })
    if (!result.success) {
      this.ownErrors = Object.fromEntries(
        result.error.issues.map((issue) => [String(issue.path.at(-1)), issue.message]).reverse(),
      )
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    const method = result.data
    // As the rule stores it (the rule's own schema, which the BFF applies again on publish)
    const module = Module.parse({
      id: ownMethodId(method.name),
      name: method.name,
      summary: method.summary,
      details: methodFields[group].map(([field, label]) => ({
        label,
        text: (method.details as Record<string, string>)[field],
      })),
    })
    emit(this, 'cr-own-method-added', { module })
    this.ownOpen = false
    this.ownErrors = {}
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#own-open')?.focus()
  }
}

if (!customElements.get('cr-method-library')) customElements.define('cr-method-library', CrMethodLibrary)

declare global {
  interface HTMLElementTagNameMap {
    'cr-method-library': CrMethodLibrary
  }
}
