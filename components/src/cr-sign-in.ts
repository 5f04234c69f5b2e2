import { LitElement, html, nothing } from 'lit'
import { ApiController, type ApiError } from './controllers/api-client'
import { announceSession, type Member } from './controllers/session'
import { Email, OtpCode } from '@communityrule/core/schema'
import { safeNextPath } from './state/redirect'
import { signInStyles } from './cr-sign-in.styles'

/**
 * `<cr-sign-in>` — signs a member in with a one-time code sent by email: email → 6-digit code.
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin)
 * @attr redirect - where to go after signing in (a same-site path); `?next=/path` in the page URL also works.
 *   Anything that is not a path on this origin goes to /account/ instead (see state/redirect.ts).
 *   Without either, the element shows "You are signed in" (inside the create flow it simply fires the event).
 * @fires cr-signed-in - `detail: { user }` after the code is accepted (bubbles, composed)
 * @csspart form - the form
 * @cssprop --cr-accent, --cr-ink, --cr-muted, --cr-danger, --cr-radius, --cr-font - see docs/embedding.md
 */
export class CrSignIn extends LitElement {
  static properties = {
    api: { type: String },
    redirect: { type: String },
    stage: { state: true },
    errors: { state: true },
    busy: { state: true },
    retryAt: { state: true },
    tick: { state: true },
    user: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }
  static styles = signInStyles

  api = ''
  redirect = ''
  stage: 'email' | 'code' | 'done' = 'email'
  errors: { email?: string; code?: string; form?: string } = {}
  busy = false
  retryAt = 0
  /** What a 429 blocks: asking for codes only (earlier codes still work), or verifying too. Set with retryAt. */
  limited: 'request' | 'all' = 'all'
  tick = 0
  user: Member | null = null
  private email = ''
  private timer: ReturnType<typeof setInterval> | undefined
  private readonly client = new ApiController(this)

  disconnectedCallback(): void {
    super.disconnectedCallback()
    clearInterval(this.timer)
  }

  private get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.retryAt - Date.now()) / 1000))
  }

  private startCountdown(ms: number): void {
    this.retryAt = Date.now() + ms
    clearInterval(this.timer)
    this.timer = setInterval(() => {
      this.tick++
      if (this.secondsLeft === 0) {
        clearInterval(this.timer)
        this.errors = { ...this.errors, form: undefined }
      }
    }, 1000)
  }

  private fail(err: ApiError, field: 'email' | 'code'): void {
    if (err.status === 429) {
      this.startCountdown(err.retryAfterMs ?? 60_000)
      this.limited = field === 'email' ? 'request' : 'all'
      // The server says which limit it was, e.g. "… Use the code we already sent …".
      const why = err.code === 'rate_limited' ? err.message : 'Too many attempts.'
      this.errors = { form: `${why} You can try again in ${this.secondsLeft} seconds.` }
    } else if (err.status === 0)
      this.errors = { form: 'We could not reach the server. Check your internet connection and try again.' }
    else if (err.code === 'otp_invalid')
      this.errors = { code: 'That code is not right. Check the latest email and try again.' }
    else if (err.code === 'otp_expired')
      this.errors = { code: 'That code has expired. Send a new code and use that one.' }
    else if (err.code === 'otp_locked') this.errors = { code: 'Too many wrong tries for this code. Send a new code.' }
    else if (err.status === 400)
      this.errors = { [field]: (err.details as Array<{ message: string }>)?.[0]?.message ?? err.message }
    else this.errors = { form: `Something went wrong on our side (${err.message}). Please try again.` }
    void this.focusFirstError()
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete
    const field = this.errors.email ? 'email' : this.errors.code ? 'code' : null
    if (field) this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus()
  }

  /** Step 1: ask for a code. */
  async requestCode(event?: Event): Promise<void> {
    event?.preventDefault()
    if (this.busy || this.secondsLeft) return
    const input = this.renderRoot.querySelector<HTMLInputElement>('#email')
    const parsed = Email.safeParse(input ? input.value : this.email)
    if (!parsed.success) {
      this.errors = { email: parsed.error.issues[0]!.message }
      return void this.focusFirstError()
    }
    this.email = parsed.data
    this.busy = true
    this.errors = {}
    try {
      await this.client.send('POST', '/api/auth/otp/request', { email: this.email })
      this.stage = 'code'
      await this.updateComplete
      this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus()
    } catch (err) {
      this.fail(err as ApiError, 'email')
    } finally {
      this.busy = false
    }
  }

  /** Step 2: check the code; on success the session cookie is set and `cr-signed-in` fires. */
  async verifyCode(event?: Event): Promise<void> {
    event?.preventDefault()
    if (this.busy || (this.secondsLeft && this.limited === 'all')) return
    const input = this.renderRoot.querySelector<HTMLInputElement>('#code')!
    const parsed = OtpCode.safeParse(input.value.replace(/\D/g, ''))
    if (!parsed.success) {
      this.errors = { code: parsed.error.issues[0]!.message }
      return void this.focusFirstError()
    }
    this.busy = true
    this.errors = {}
    try {
      const { user } = await this.client.send<{ user: Member }>('POST', '/api/auth/otp/verify', {
        email: this.email,
        code: parsed.data,
      })
      this.user = user
      this.stage = 'done'
      announceSession(user, this)
      const next = this.redirect || new URLSearchParams(location.search).get('next')
      if (next) location.assign(safeNextPath(next, location.origin))
    } catch (err) {
      this.fail(err as ApiError, 'code')
    } finally {
      this.busy = false
    }
  }

  /** Paste-friendly: "123 456" or "Your code: 123456" become 123456; six digits submit. */
  private tidyCode(event: Event): void {
    const input = event.target as HTMLInputElement
    const digits = input.value.replace(/\D/g, '').slice(0, 6)
    if (digits !== input.value) input.value = digits
    if (this.errors.code) this.errors = {}
    if (digits.length === 6) void this.verifyCode()
  }

  /** After a request limit: codes already sent still work, so let the person type one. */
  private enterSentCode(): void {
    this.stage = 'code'
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus())
  }

  private changeEmail(): void {
    this.stage = 'email'
    this.errors = {}
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus())
  }

  private field(id: 'email' | 'code') {
    const error = this.errors[id]
    return {
      invalid: error ? 'true' : 'false',
      describedby: `${id}-hint${error ? ` ${id}-error` : ''}`,
      error: error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing,
    }
  }

  render() {
    const wait = this.secondsLeft
    const status = html`<div role="status" aria-live="polite" class="status">
      ${this.errors.form ? html`<p class="note bad">${this.errors.form}</p>` : nothing}
      ${this.busy ? html`<p class="muted">${this.stage === 'email' ? 'Sending your code…' : 'Checking your code…'}</p>` : nothing}
    </div>`
    if (this.stage === 'done') {
      return html`<div class="note" role="status">
        <p>You are signed in as <strong>${this.user?.email}</strong>.</p>
        <p><a href="/create/">Create a rule</a> · <a href="/account/">Your account</a></p>
      </div>`
    }
    if (this.stage === 'email') {
      const f = this.field('email')
      return html`<form part="form" novalidate @submit=${this.requestCode}>
        <label for="email">Email address</label>
        <span class="hint" id="email-hint">We will email you a 6-digit code. No password needed.</span>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          spellcheck="false"
          required
          .value=${this.email}
          aria-invalid=${f.invalid}
          aria-describedby=${f.describedby}
        />
        ${f.error}
        <div class="row">
          <button type="submit" ?disabled=${this.busy || wait > 0}>
            ${wait ? `Try again in ${wait} s` : 'Send me a code'}
          </button>
          ${
            wait && this.limited === 'request'
              ? html`<button type="button" class="secondary" @click=${this.enterSentCode}>Enter a code we sent</button>`
              : nothing
          }
        </div>
        ${status}
      </form>`
    }
    const f = this.field('code')
    const verifyWait = this.limited === 'all' ? wait : 0
    return html`<form part="form" novalidate @submit=${this.verifyCode}>
      <label for="code">6-digit code</label>
      <span class="hint" id="code-hint">We sent it to <strong>${this.email}</strong>. It expires in 10 minutes.</span>
      <input
        id="code"
        name="code"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9]*"
        spellcheck="false"
        @input=${this.tidyCode}
        aria-invalid=${f.invalid}
        aria-describedby=${f.describedby}
      />
      ${f.error}
      <div class="row">
        <button type="submit" ?disabled=${this.busy || verifyWait > 0}>
          ${verifyWait ? `Try again in ${verifyWait} s` : 'Sign in'}
        </button>
        <button type="button" class="secondary" @click=${() => this.requestCode()} ?disabled=${this.busy || wait > 0}>
          Send a new code
        </button>
        <button type="button" class="link" @click=${this.changeEmail}>Use a different email</button>
      </div>
      ${status}
    </form>`
  }
}

if (!customElements.get('cr-sign-in')) customElements.define('cr-sign-in', CrSignIn)

declare global {
  interface HTMLElementTagNameMap {
    'cr-sign-in': CrSignIn
  }
}
