import { LitElement, html, nothing } from 'lit'
import type { RuleTemplate } from '@communityrule/core/schema/api'
import type { CommunityProfile } from '@communityrule/core/schema/method-fields'
import type { rankForProfile } from '@communityrule/core/schema/recommend'
import { ApiController, type ApiError } from './controllers/api-client'
import { emit } from './events'
import { templatePickerStyles } from './cr-template-picker.styles'

/**
 * `<cr-template-picker>` — lists published templates (from /api/templates) as choosable cards.
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin)
 * @attr category - only show templates of this category
 * @prop profile - a community profile (`CommunityProfile`): templates are ranked for it, best fit
 *   first, each with its one-line reason; without one (or an empty one) the order is the API's
 * @fires cr-template-chosen - `detail: { template }` when a card is chosen
 * @cssprop --cr-accent - accent colour (default #0b6e4f)
 * @cssprop --cr-radius - card corner radius
 * @csspart card - each template card
 */
export class CrTemplatePicker extends LitElement {
  static properties = {
    api: { type: String },
    category: { type: String },
    profile: { attribute: false },
    rank: { state: true },
    templates: { state: true },
    error: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }

  api = ''
  category = ''
  profile: CommunityProfile | undefined = undefined
  /** The ranking function, downloaded the first time a profile is set (a page without one never needs it). */
  rank: typeof rankForProfile | null = null
  templates: RuleTemplate[] | null = null
  error: ApiError | null = null
  private readonly client = new ApiController(this)

  static styles = templatePickerStyles

  connectedCallback(): void {
    super.connectedCallback()
    void this.loadTemplates()
  }

  async loadTemplates(): Promise<void> {
    this.error = null
    const query = this.category ? `?category=${encodeURIComponent(this.category)}` : ''
    try {
      const body = await this.client.request<{ templates: RuleTemplate[] }>(`/api/templates${query}`)
      this.templates = body.templates
    } catch (err) {
      this.error = err as ApiError
    }
  }

  protected willUpdate(): void {
    if (this.hasProfile() && !this.rank)
      void import('@communityrule/core/schema/recommend').then(
        (module) => (this.rank = module.rankForProfile),
        () => undefined, // unranked is still a usable list
      )
  }

  private hasProfile(): this is { profile: CommunityProfile } {
    return !!this.profile && Object.values(this.profile).some(Boolean)
  }

  private chooseTemplate(template: RuleTemplate): void {
    emit(this, 'cr-template-chosen', { template })
  }

  render() {
    if (this.error) {
      return html`<div class="error" role="alert">
        ${this.error.message} <button @click=${() => this.loadTemplates()}>Try again</button>
      </div>`
    }
    if (!this.templates) {
      return html`<ul aria-busy="true" aria-label="Loading templates">
        ${[1, 2, 3].map(() => html`<li><div class="skeleton"></div></li>`)}
      </ul>`
    }
    if (this.templates.length === 0) {
      return html`<p class="empty">No templates are published yet. You can still start from a blank rule.</p>`
    }
    const ranked =
      this.rank && this.hasProfile()
        ? this.rank(this.templates, this.profile)
        : this.templates.map((template) => ({ ...template, recommendation: undefined }))
    return html`<ul>
      ${ranked.map(
        (template) =>
          html`<li>
            <button part="card" @click=${() => this.chooseTemplate(template)} data-slug=${template.slug}>
              <span class="title">${template.title}</span>
              ${
                template.recommendation?.reason
                  ? html`<span class="reason">${template.recommendation.reason}</span>`
                  : nothing
              }
              <span class="category">${template.category}</span>
              ${template.summary ? html`<span class="summary">${template.summary}</span>` : nothing}
            </button>
          </li>`,
      )}
    </ul>`
  }
}

if (!customElements.get('cr-template-picker')) customElements.define('cr-template-picker', CrTemplatePicker)

declare global {
  interface HTMLElementTagNameMap {
    'cr-template-picker': CrTemplatePicker
  }
}
