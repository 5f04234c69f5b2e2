import { LitElement, html, nothing } from 'lit'
import type { DraftSummary } from '@communityrule/core/schema/api'
import { DRAFT_NAME_MAX } from '@communityrule/core/schema/constants'
import { ApiController, problemMessage, type ApiError } from './controllers/api-client'
import { draftLabel, draftUrl, forgetLocalDraft } from './state/local-draft'
import { accountStyles } from './cr-account.styles'

const changed = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })

/**
 * `<cr-my-drafts>` — the signed-in member's drafts on the account page, newest first: continue one in
 * the create flow, name it, or delete it (after a confirmation). Amendments in progress say which
 * rule they amend.
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin)
 * @csspart drafts - the list of drafts
 */
export class CrMyDrafts extends LitElement {
  static properties = {
    api: { type: String },
    drafts: { state: true },
    renaming: { state: true },
    deleting: { state: true },
    problem: { state: true },
    announcement: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }
  static styles = accountStyles

  api = ''
  drafts: DraftSummary[] | null = null
  /** The draft whose name is being edited, or whose deletion is being confirmed. */
  renaming: string | null = null
  deleting: string | null = null
  problem = ''
  announcement = ''
  private readonly client = new ApiController(this)

  connectedCallback(): void {
    super.connectedCallback()
    void this.load()
  }

  async load(): Promise<void> {
    await this.act(async () => {
      this.drafts = (await this.client.request<{ items: DraftSummary[] }>('/api/drafts')).items
    })
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.problem = ''
    try {
      await work()
    } catch (err) {
      const error = err as ApiError
      this.problem = problemMessage(error)
    }
  }

  rename(draft: DraftSummary, name: string): Promise<void> {
    return this.act(async () => {
      await this.client.send('PUT', `${draftUrl(draft.id)}/name`, { name })
      this.renaming = null
      this.announcement = name ? `The draft is now called ${name}.` : 'The draft’s name is removed.'
      await this.load()
    })
  }

  deleteDraft(draft: DraftSummary): Promise<void> {
    return this.act(async () => {
      await this.client.send('DELETE', draftUrl(draft.id))
      // This device's copy of it goes too, so the create flow does not bring it back.
      forgetLocalDraft(globalThis.localStorage ?? null, draft.id)
      this.deleting = null
      this.drafts = this.drafts?.filter((d) => d.id !== draft.id) ?? null
      this.announcement = `${draftLabel(draft)} is deleted.`
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#drafts-heading')?.focus()
    })
  }

  private href(path: string): string {
    return this.api ? new URL(path, this.api).href : path
  }

  private renderDraft(draft: DraftSummary) {
    const label = draftLabel(draft)
    return html`<li>
      <a href=${this.href(`/create/?draft=${encodeURIComponent(draft.id)}`)}>${label}</a>
      ${draft.name && draft.title ? html`<span class="muted">(${draft.title})</span>` : nothing}
      ${draft.amending ? html`<span class="muted">Amendment of “${draft.amending.title}”.</span>` : nothing}
      <span class="muted">Last changed ${changed(draft.updatedAt)}.</span>
      <span class="actions">
        <button type="button" class="secondary" @click=${() => (this.renaming = draft.id)}>
          Rename<span class="visually-hidden"> ${label}</span>
        </button>
        <button type="button" class="secondary" @click=${() => (this.deleting = draft.id)}>
          Delete<span class="visually-hidden"> ${label}</span>
        </button>
      </span>
      ${
        this.renaming === draft.id
          ? html`<form
              class="row"
              @submit=${(e: Event) => {
                e.preventDefault()
                void this.rename(draft, String(new FormData(e.target as HTMLFormElement).get('name') ?? '').trim())
              }}
            >
              <label for="draft-name">Name of this draft <span class="muted">(empty: its title)</span></label>
              <input id="draft-name" name="name" maxlength=${DRAFT_NAME_MAX} .value=${draft.name ?? ''} />
              <button type="submit">Save name</button>
              <button type="button" class="secondary" @click=${() => (this.renaming = null)}>Cancel</button>
            </form>`
          : nothing
      }
      ${
        this.deleting === draft.id
          ? html`<div class="note" role="group" aria-label="Delete ${label}?">
              <p>Delete “${label}”? It cannot be brought back.</p>
              <div class="row">
                <button type="button" @click=${() => void this.deleteDraft(draft)}>Delete this draft</button>
                <button type="button" class="secondary" @click=${() => (this.deleting = null)}>Keep it</button>
              </div>
            </div>`
          : nothing
      }
    </li>`
  }

  render() {
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>
      <h2 id="drafts-heading" tabindex="-1">Your drafts</h2>
      ${
        this.problem
          ? html`<p class="note bad" role="alert">
              ${this.problem} <button type="button" class="link" @click=${this.load}>Try again</button>
            </p>`
          : nothing
      }
      ${
        this.drafts === null
          ? html`<p class="muted" aria-busy="true">Loading…</p>`
          : this.drafts.length
            ? html`<ul part="drafts">
                ${this.drafts.map((draft) => this.renderDraft(draft))}
              </ul>`
            : html`<p>No drafts. <a href=${this.href('/create/')}>Start a rule</a>.</p>`
      }`
  }
}

if (!customElements.get('cr-my-drafts')) customElements.define('cr-my-drafts', CrMyDrafts)

declare global {
  interface HTMLElementTagNameMap {
    'cr-my-drafts': CrMyDrafts
  }
}
