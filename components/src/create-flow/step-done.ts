/**
 * The done step: the rule's permanent address once its page is live (or while it is being built); for
 * an amendment, the new version's permanent page and the rule's history.
 */
import { html } from 'lit'
import type { FlowHost } from './context'

export function renderDone(flow: FlowHost) {
  const rule = flow.publisher.published
  if (!rule)
    return html`<p>Your rule is published.</p>
      <button type="button" @click=${() => flow.startAnother()}>Start another rule</button>`
  const what = rule.version ? `Version ${rule.version} of your rule` : 'Your rule'
  return html` ${
      rule.live || rule.timedOut
        ? html`<p>
              ${what} is live at a permanent address${rule.timedOut ? ' (the page may take a moment to appear)' : ''}:
            </p>
            <p><a class="button" id="live-link" href=${ruleUrl(flow, rule.url)}>View your published rule</a></p>
            ${
              rule.versionUrl
                ? html`<p>
                    <a href=${ruleUrl(flow, `${rule.versionUrl}changes/`)}>See what changed</a> ·
                    <a href=${ruleUrl(flow, rule.versionUrl)}>This version’s permanent page</a>
                  </p>`
                : ''
            }`
        : html`<p aria-busy="true">${what} is saved. We are building its page — this takes a second or two…</p>`
    }
    <div class="row">
      <button type="button" class="secondary" @click=${() => flow.startAnother()}>Start another rule</button>
    </div>`
}

/** The rule's address, absolute against the API (the page is on the API's host when embedded). */
function ruleUrl(flow: FlowHost, url: string): string {
  try {
    return new URL(url, flow.api || location.href).href
  } catch {
    return url
  }
}
