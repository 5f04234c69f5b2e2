import { LitElement, html, nothing } from 'lit'
import { ApiController } from './controllers/api-client'
import { SessionController, announceSession } from './controllers/session'
import { sessionNavStyles } from './cr-session-nav.styles'

/**
 * `<cr-session-nav>` — who is signed in, with "Sign out"; when anonymous, a one-line prompt to sign in.
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin)
 * @attr sign-in-href - the sign-in page (default /sign-in/)
 * @attr account-href - the account page (default /account/)
 * @fires cr-signed-out - after signing out (bubbles, composed)
 * @csspart email - the signed-in email
 * @cssprop --cr-accent, --cr-ink, --cr-muted, --cr-font - see docs/embedding.md
 */
export class CrSessionNav extends LitElement {
  static properties = {
    api: { type: String },
    signInHref: { type: String, attribute: 'sign-in-href' },
    accountHref: { type: String, attribute: 'account-href' },
    failed: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }
  static styles = sessionNavStyles

  api = ''
  signInHref = '/sign-in/'
  accountHref = '/account/'
  failed = false
  private readonly session = new SessionController(this)
  private readonly client = new ApiController(this)

  /** Ends the session on the server and tells every element on the page. */
  async signOut(): Promise<void> {
    try {
      await this.client.send('POST', '/api/auth/logout')
      this.failed = false
      announceSession(null, this)
    } catch {
      this.failed = true
    }
  }

  render() {
    const user = this.session.user
    if (user === undefined) return html`<span class="muted" aria-busy="true">…</span>`
    if (!user) return html`<p class="nav"><a href=${this.signInHref}>Sign in to save to your account</a></p>`
    return html`<p class="nav">
      <span
        >Signed in as <a part="email" class="email" href=${this.accountHref} title=${user.email}>${user.email}</a></span
      >
      <button type="button" class="link" @click=${this.signOut}>Sign out</button>
      ${this.failed ? html`<span role="alert" class="error">Could not sign out. Try again.</span>` : nothing}
    </p>`
  }
}

if (!customElements.get('cr-session-nav')) customElements.define('cr-session-nav', CrSessionNav)

declare global {
  interface HTMLElementTagNameMap {
    'cr-session-nav': CrSessionNav
  }
}
