import { LitElement, html, nothing } from 'lit'
import { ApiController, problemMessage, type ApiError } from './controllers/api-client'
import { emit } from './events'
import { baseStyles } from './styles'

type Stage = { step: 'idle' } | { step: 'address' } | { step: 'code'; email: string }

/**
 * `<cr-change-email>` — changes the signed-in member's email in two steps: a code is emailed to the
 * new address, and entering it makes that the address they sign in with. Their sessions stay signed
 * in; the previous address is told. What was typed stays in the form when a step fails.
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin)
 * @attr email - the member's current address
 * @fires cr-email-changed - `detail: { email }` once the new address is theirs (bubbles, composed)
 */
export class CrChangeEmail extends LitElement {
  static properties = {
    api: { type: String },
    email: { type: String },
    stage: { state: true },
    problem: { state: true },
    busy: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }
  static styles = baseStyles

  api = ''
  email = ''
  stage: Stage = { step: 'idle' }
  problem = ''
  busy = false
  private readonly client = new ApiController(this)
  private focusAfterRender: string | null = null

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return
    this.busy = true
    this.problem = ''
    try {
      await work()
    } catch (err) {
      const error = err as ApiError
      this.problem = problemMessage(error)
      this.focusAfterRender = '#change-email-problem'
    } finally {
      this.busy = false
    }
  }

  /** Step 1: a code to the new address. Also "send another code" on step 2. */
  sendCode(email: string): Promise<void> {
    return this.run(async () => {
      await this.client.send('POST', '/api/account/email', { email })
      this.stage = { step: 'code', email }
      this.focusAfterRender = '#change-email-code'
    })
  }

  /** Step 2: the code makes the new address this member's. */
  confirm(email: string, code: string): Promise<void> {
    return this.run(async () => {
      const { profile } = await this.client.send<{ profile: { email: string } }>('POST', '/api/account/email/confirm', {
        email,
        code,
      })
      this.stage = { step: 'idle' }
      emit(this, 'cr-email-changed', { email: profile.email })
      this.focusAfterRender = '#change-email-button'
    })
  }

  protected updated(): void {
    if (!this.focusAfterRender) return
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus()
    this.focusAfterRender = null
  }

  private field(form: EventTarget | null, name: string): string {
    return String(new FormData(form as HTMLFormElement).get(name) ?? '').trim()
  }

  render() {
    const problem = this.problem
      ? html`<p class="note bad" id="change-email-problem" role="alert" tabindex="-1">${this.problem}</p>`
      : nothing
    const cancel = html`<button type="button" class="secondary" @click=${() => (this.stage = { step: 'idle' })}>
      Cancel
    </button>`
    const stage = this.stage
    if (stage.step === 'idle')
      return html`<p>
        Email: <strong>${this.email}</strong>
        <button
          type="button"
          class="secondary"
          id="change-email-button"
          @click=${() => {
            this.stage = { step: 'address' }
            this.problem = ''
            this.focusAfterRender = '#new-email'
          }}
        >
          Change email
        </button>
      </p>`
    if (stage.step === 'address')
      return html`${problem}
        <form
          @submit=${(e: Event) => {
            e.preventDefault()
            void this.sendCode(this.field(e.target, 'email'))
          }}
        >
          <label for="new-email">New email address</label>
          <input id="new-email" name="email" type="email" autocomplete="email" required maxlength="254" />
          <p class="muted">We email a code to it. Nothing changes until you enter the code here.</p>
          <div class="row">
            <button type="submit" ?disabled=${this.busy}>Send code</button>
            ${cancel}
          </div>
        </form>`
    return html`${problem}
      <form
        @submit=${(e: Event) => {
          e.preventDefault()
          void this.confirm(stage.email, this.field(e.target, 'code'))
        }}
      >
        <label for="change-email-code">The code we sent to ${stage.email}</label>
        <input
          id="change-email-code"
          name="code"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          pattern="[0-9]{6}"
          maxlength="6"
          required
          spellcheck="false"
        />
        <div class="row">
          <button type="submit" ?disabled=${this.busy}>Use this address</button>
          <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.sendCode(stage.email)}>
            Send another code
          </button>
          ${cancel}
        </div>
      </form>`
  }
}

if (!customElements.get('cr-change-email')) customElements.define('cr-change-email', CrChangeEmail)

declare global {
  interface HTMLElementTagNameMap {
    'cr-change-email': CrChangeEmail
  }
}
