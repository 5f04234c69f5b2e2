import { LitElement, html, nothing } from 'lit'
import { ApiController, problemMessage, type ApiError } from './controllers/api-client'
import { LazyModuleController } from './controllers/lazy-module'
import { SessionController, announceSession } from './controllers/session'
import './cr-change-email'
import './cr-my-drafts'
import { accountStyles } from './cr-account.styles'

type MyRule = {
  id: string
  slug: string
  title: string
  summary?: string
  publishedAt?: string
  url: string
  version?: number
}
type Stewards = {
  stewards: Array<{ id: string; name: string; role: 'author' | 'steward'; you: boolean }>
  invitations: Array<{ id: string; email: string; expiresAt: string }>
}
type SessionItem = {
  id: string
  createdAt: string
  lastUsedAt?: string
  userAgent?: string
  expiresAt: string
  current: boolean
}

const date = (iso?: string) =>
  iso
    ? new Date(iso).toLocaleString(undefined, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '—'

/** "Chrome on Linux" from a user-agent string; good enough to recognise one's own devices. */
export function describeDevice(ua = ''): string {
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'A browser'
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : ''
  return os ? `${browser} on ${os}` : browser
}

/**
 * `<cr-account>` — the member's account: their profile and email (`<cr-change-email>`), their published
 * rules, their drafts (`<cr-my-drafts>`) and their signed-in sessions (revoke one, or sign out
 * everywhere else). Shows `<cr-sign-in>` when nobody is signed in.
 *
 * @attr api - base URL of the CommunityRule API ('' = same origin)
 * @csspart rules - the list of rules
 * @csspart sessions - the sessions table
 * @cssprop --cr-accent, --cr-ink, --cr-muted, --cr-line, --cr-danger, --cr-radius, --cr-font - see docs/embedding.md
 */
export class CrAccount extends LitElement {
  static properties = {
    api: { type: String },
    rules: { state: true },
    sessions: { state: true },
    problem: { state: true },
    announcement: { state: true },
    withdrawing: { state: true },
    stewardsOf: { state: true },
    stewards: { state: true },
    notice: { state: true },
    deleting: { state: true },
  }

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true }
  static styles = accountStyles

  api = ''
  rules: MyRule[] | null = null
  sessions: SessionItem[] | null = null
  problem = ''
  announcement = ''
  /** The rule whose withdrawal is being confirmed, or null. */
  withdrawing: MyRule | null = null
  /** The rule whose stewards are shown (one at a time), and them once loaded. */
  stewardsOf: MyRule | null = null
  stewards: Stewards | null = null
  /** A visible confirmation (an accepted invitation). */
  notice = ''
  /** While deleting the account is being confirmed: the rules only this member stewards. */
  deleting: Array<{ id: string; title: string }> | null = null
  private readonly client = new ApiController(this)
  private readonly session = new SessionController(this, (user) => user && void this.loadAccount())
  /** The sign-in form is downloaded only when nobody is signed in. */
  private readonly signIn = new LazyModuleController(this, () => import('./cr-sign-in'))

  async loadAccount(): Promise<void> {
    this.problem = ''
    await this.acceptInvitation()
    try {
      const [rules, sessions] = await Promise.all([
        this.client.request<{ items: MyRule[] }>('/api/rules/mine'),
        this.client.request<{ items: SessionItem[] }>('/api/auth/sessions'),
      ])
      this.rules = rules.items
      this.sessions = sessions.items
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  private explain(err: ApiError): void {
    if (err.status === 401) this.session.set(null)
    else this.problem = problemMessage(err)
  }

  /** Signs one session (another device) out. */
  async revokeSession(item: SessionItem): Promise<void> {
    try {
      await this.client.send('DELETE', `/api/auth/sessions/${encodeURIComponent(item.id)}`)
      this.sessions = this.sessions?.filter((s) => s.id !== item.id) ?? null
      this.announcement = `Signed out ${describeDevice(item.userAgent)}.`
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#sessions-heading')?.focus()
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  /** Signs every other session out, keeping this one. */
  async revokeOtherSessions(): Promise<void> {
    try {
      const { revoked } = await this.client.send<{ revoked: number }>('POST', '/api/auth/sessions/revoke-others')
      this.sessions = this.sessions?.filter((s) => s.current) ?? null
      this.announcement = revoked === 1 ? 'Signed out 1 other session.' : `Signed out ${revoked} other sessions.`
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  /**
   * `?invite=<token>` (the emailed link): accepted once signed in with the invited address, then
   * removed from the address bar so a reload does not try again.
   */
  private async acceptInvitation(): Promise<void> {
    const params = new URLSearchParams(location.search)
    const token = params.get('invite')
    if (!token) return
    params.delete('invite')
    history.replaceState(history.state, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`)
    try {
      const { rule } = await this.client.send<{ rule: { title: string } }>('POST', '/api/steward-invitations/accept', {
        token,
      })
      this.notice = `You are now a steward of “${rule.title}”.`
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  /** Shows (or hides) a rule's stewards and pending invitations. */
  async toggleStewards(rule: MyRule): Promise<void> {
    if (this.stewardsOf?.id === rule.id) {
      this.stewardsOf = null
      return
    }
    this.stewardsOf = rule
    this.stewards = null
    await this.loadStewards(rule)
  }

  private async loadStewards(rule: MyRule): Promise<void> {
    try {
      this.stewards = await this.client.request<Stewards>(`/api/rules/${encodeURIComponent(rule.id)}/stewards`)
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  /** Invites someone by email to steward `rule`; the email job sends them a one-time link. */
  async invite(rule: MyRule, email: string): Promise<void> {
    try {
      await this.client.send('POST', `/api/rules/${encodeURIComponent(rule.id)}/stewards`, { email })
      this.announcement = `Invitation sent to ${email}.`
      await this.loadStewards(rule)
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  /** Removes a steward (or a pending invitation) of `rule`. */
  async removeFrom(rule: MyRule, what: 'stewards' | 'invitations', id: string, label: string): Promise<void> {
    try {
      await this.client.send('DELETE', `/api/rules/${encodeURIComponent(rule.id)}/${what}/${encodeURIComponent(id)}`)
      this.announcement = `${label}.`
      const you = what === 'stewards' && this.stewards?.stewards.find((s) => s.id === id)?.you
      if (you) {
        this.stewardsOf = null
        this.rules = this.rules?.filter((r) => r.id !== rule.id) ?? null
      } else await this.loadStewards(rule)
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  private renderStewards(rule: MyRule) {
    const data = this.stewards
    if (!data) return html`<p class="muted" aria-busy="true">Loading…</p>`
    const last = data.stewards.length === 1
    return html`<div class="stewards">
      <h3 id="stewards-heading">Stewards of “${rule.title}”</h3>
      <p class="muted">
        Stewards can amend the rule, invite and remove stewards, and withdraw it. The rule page shows stewards by
        display name, never by email.
      </p>
      <ul>
        ${data.stewards.map(
          (s) =>
            html`<li>
              ${s.name}${s.you ? ' (you)' : ''}${s.role === 'author' ? html` <span class="muted">— author</span>` : nothing}
              ${
                last
                  ? nothing
                  : html`<button
                      type="button"
                      class="link"
                      @click=${() => this.removeFrom(rule, 'stewards', s.id, `${s.you ? 'You are' : `${s.name} is`} no longer a steward`)}
                    >
                      Remove<span class="visually-hidden"> ${s.you ? 'yourself' : s.name} as a steward</span>
                    </button>`
              }
            </li>`,
        )}
        ${data.invitations.map(
          (i) =>
            html`<li>
              ${i.email} <span class="muted">— invited, until ${date(i.expiresAt)}</span>
              <button
                type="button"
                class="link"
                @click=${() => this.removeFrom(rule, 'invitations', i.id, `The invitation to ${i.email} is cancelled`)}
              >
                Cancel<span class="visually-hidden"> the invitation to ${i.email}</span>
              </button>
            </li>`,
        )}
      </ul>
      <form
        class="row"
        @submit=${(e: Event) => {
          e.preventDefault()
          const form = e.target as HTMLFormElement
          const email = String(new FormData(form).get('email') ?? '').trim()
          if (email) void this.invite(rule, email).then(() => form.reset())
        }}
      >
        <label for="invite-email">Invite a steward by email</label>
        <input id="invite-email" name="email" type="email" autocomplete="off" required />
        <button type="submit">Send invitation</button>
      </form>
    </div>`
  }

  /** Starts confirming the deletion: which rules need a choice (withdraw, or keep without an owner). */
  async startDeleting(): Promise<void> {
    try {
      this.deleting = (
        await this.client.request<{ rules: Array<{ id: string; title: string }> }>('/api/account/deletion')
      ).rules
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  /** Deletes the account with the choices made in the form; every session ends. */
  async deleteAccount(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form)
    const rules = Object.fromEntries(
      (this.deleting ?? []).map((rule) => [rule.id, String(data.get(`rule-${rule.id}`))]),
    )
    try {
      await this.client.send('DELETE', '/api/account', { rules })
      this.deleting = null
      this.rules = null
      this.session.set(null)
      this.notice = 'Your account is deleted. Thank you for using CommunityRule.'
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  private renderDeletion() {
    if (!this.deleting)
      return html`<p>
        <button type="button" class="secondary" @click=${this.startDeleting}>Delete my account…</button>
      </p>`
    return html`<form
      class="withdraw"
      @submit=${(e: Event) => {
        e.preventDefault()
        void this.deleteAccount(e.target as HTMLFormElement)
      }}
    >
      <p>
        Deleting your account signs you out everywhere and removes your email, display name, drafts and sessions.
        Published rules and their versions stay, without your name.
      </p>
      ${this.deleting.map(
        (rule) =>
          html`<fieldset>
            <legend>You alone steward “${rule.title}”. What becomes of it?</legend>
            <label><input type="radio" name=${`rule-${rule.id}`} value="withdraw" required /> Withdraw it</label>
            <label
              ><input type="radio" name=${`rule-${rule.id}`} value="keep" /> Keep it published, without an owner</label
            >
          </fieldset>`,
      )}
      <div class="row">
        <button type="submit">Delete my account</button>
        <button type="button" class="secondary" @click=${() => (this.deleting = null)}>Cancel</button>
      </div>
    </form>`
  }

  /** Saves the name pages show for this member as a steward (empty: none). */
  async saveDisplayName(displayName: string): Promise<void> {
    try {
      const { profile } = await this.client.send<{ profile: { email: string; displayName: string | null } }>(
        'PUT',
        '/api/account/profile',
        { displayName },
      )
      this.session.set({ ...this.session.user!, displayName: profile.displayName })
      this.announcement = profile.displayName
        ? `Your display name is now ${profile.displayName}.`
        : 'Your display name is removed.'
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  private renderProfile() {
    const user = this.session.user!
    return html`<h2>Your profile</h2>
      <cr-change-email
        api=${this.api}
        email=${user.email}
        @cr-email-changed=${(e: CustomEvent<{ email: string }>) => {
          announceSession({ ...user, email: e.detail.email }, this)
          this.announcement = `Your email is now ${e.detail.email}. You stay signed in everywhere.`
        }}
      ></cr-change-email>
      <form
        class="row"
        @submit=${(e: Event) => {
          e.preventDefault()
          void this.saveDisplayName(String(new FormData(e.target as HTMLFormElement).get('displayName') ?? ''))
        }}
      >
        <label for="display-name"
          >Display name <span class="muted">(shown on the rules you steward; never your email)</span></label
        >
        <input
          id="display-name"
          name="displayName"
          maxlength="80"
          autocomplete="name"
          .value=${user.displayName ?? ''}
        />
        <button type="submit">Save</button>
      </form>
      <p>
        <a href=${this.url('/api/account/export')} download="communityrule-account.json">Download all my data</a>
        <span class="muted">(JSON: profile, rules with every version, drafts, sessions)</span>
      </p>`
  }

  /** Withdraws a rule (its stewards only): its pages leave the site; editors can restore it. */
  async withdrawRule(rule: MyRule, reason: string): Promise<void> {
    try {
      await this.client.send('POST', `/api/rules/${encodeURIComponent(rule.id)}/withdraw`, reason ? { reason } : {})
      this.rules = this.rules?.filter((r) => r.id !== rule.id) ?? null
      this.withdrawing = null
      this.announcement = `“${rule.title}” is withdrawn: its pages leave the site in a moment.`
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#rules-heading')?.focus()
    } catch (err) {
      this.explain(err as ApiError)
    }
  }

  private renderRule(r: MyRule) {
    const confirming = this.withdrawing?.id === r.id
    return html`<li>
      <a href=${this.url(r.url)}>${r.title}</a
      >${r.version ? html` <span class="muted">— version ${r.version}</span>` : nothing}${r.publishedAt ? html` <span class="muted">— published ${date(r.publishedAt)}</span>` : nothing}
      <span class="actions">
        <a href=${this.url(`/create/?amend=${r.slug}`)}>Amend<span class="visually-hidden"> ${r.title}</span></a>
        <a href=${this.url(`${r.url}history/`)}>History<span class="visually-hidden"> of ${r.title}</span></a>
        <button
          type="button"
          class="link"
          aria-expanded=${this.stewardsOf?.id === r.id ? 'true' : 'false'}
          @click=${() => this.toggleStewards(r)}
        >
          Stewards<span class="visually-hidden"> of ${r.title}</span>
        </button>
        <button
          type="button"
          class="link"
          aria-expanded=${confirming ? 'true' : 'false'}
          @click=${() => (this.withdrawing = confirming ? null : r)}
        >
          Withdraw<span class="visually-hidden"> ${r.title}</span>
        </button>
      </span>
      ${this.stewardsOf?.id === r.id ? this.renderStewards(r) : nothing}
      ${
        confirming
          ? html`<form
              class="withdraw"
              @submit=${(e: Event) => {
                e.preventDefault()
                const reason = new FormData(e.target as HTMLFormElement).get('reason')
                void this.withdrawRule(r, String(reason ?? '').trim())
              }}
            >
              <p>
                Withdrawing takes “${r.title}” and all its versions off the site; its address will say it was withdrawn.
                Rules started from it stay. Our editors can restore it if you ask them.
              </p>
              <label for="withdraw-reason">Reason, shown at its address <span class="muted">(optional)</span></label>
              <textarea id="withdraw-reason" name="reason" maxlength="500" rows="3"></textarea>
              <div class="row">
                <button type="submit">Withdraw this rule</button>
                <button type="button" class="secondary" @click=${() => (this.withdrawing = null)}>Cancel</button>
              </div>
            </form>`
          : nothing
      }
    </li>`
  }

  private url(url: string): string {
    return this.api ? new URL(url, this.api).href : url
  }

  render() {
    const user = this.session.user
    if (user === undefined) return html`<p class="muted" aria-busy="true">Loading your account…</p>`
    if (!user) {
      this.signIn.get()
      return html`${this.notice ? html`<p class="note" id="account-notice" role="status">${this.notice}</p>` : nothing}
        <h2>Sign in to see your account</h2>
        ${
          this.signIn.failed
            ? html`<p class="note bad" role="alert">
                The sign-in form could not be downloaded. Check your connection, then
                <button type="button" class="link" @click=${() => this.signIn.retry()}>try again</button>.
              </p>`
            : html`<cr-sign-in api=${this.api}></cr-sign-in>`
        }`
    }
    const others = this.sessions?.filter((s) => !s.current).length ?? 0
    // The page's <cr-session-nav> already says who is signed in (with Sign out).
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.problem ? html`<p class="note bad" role="alert">${this.problem} <button type="button" class="link" @click=${this.loadAccount}>Try again</button></p>` : nothing}
      ${this.notice ? html`<p class="note" id="account-notice">${this.notice}</p>` : nothing} ${this.renderProfile()}
      <h2 id="rules-heading" tabindex="-1">Your rules</h2>
      ${
        this.rules === null
          ? html`<p class="muted" aria-busy="true">Loading…</p>`
          : this.rules.length
            ? html`<ul part="rules">
                ${this.rules.map((r) => this.renderRule(r))}
              </ul>`
            : html`<p>You have not published a rule yet. <a href=${this.url('/create/')}>Create one</a>.</p>`
      }
      <cr-my-drafts api=${this.api}></cr-my-drafts>
      <h2 id="sessions-heading" tabindex="-1">Where you are signed in</h2>
      ${
        this.sessions === null
          ? html`<p class="muted" aria-busy="true">Loading…</p>`
          : html`<table part="sessions">
                <thead>
                  <tr>
                    <th scope="col">Device</th>
                    <th scope="col">Signed in</th>
                    <th scope="col">Last active</th>
                    <th scope="col"><span class="visually-hidden">Action</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${this.sessions.map(
                    (s) =>
                      html`<tr>
                        <td>
                          ${describeDevice(s.userAgent)}${s.current ? html` <strong>(this device)</strong>` : nothing}
                        </td>
                        <td>${date(s.createdAt)}</td>
                        <td>${date(s.lastUsedAt)}</td>
                        <td>
                          ${s.current ? nothing : html`<button type="button" class="secondary" @click=${() => this.revokeSession(s)}>Sign out<span class="visually-hidden"> ${describeDevice(s.userAgent)}, signed in ${date(s.createdAt)}</span></button>`}
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              ${others ? html`<div class="row"><button type="button" @click=${this.revokeOtherSessions}>Sign out everywhere else</button></div>` : nothing}`
      }
      <h2>Delete your account</h2>
      ${this.renderDeletion()}`
  }
}

if (!customElements.get('cr-account')) customElements.define('cr-account', CrAccount)

declare global {
  interface HTMLElementTagNameMap {
    'cr-account': CrAccount
  }
}
