/** The publish step: publish when signed in, else the (lazily loaded) sign-in form first. */
import { html } from 'lit'
import type { PublishRuleBody } from '@communityrule/core/schema/api'
import { toRuleDocument, type CreateFlowState } from '../state/create-flow'
import type { FlowHost } from './context'
import { whenLoaded } from './field-kit'

export function renderPublish(flow: FlowHost) {
  const user = flow.session.user
  const doc = toRuleDocument(flow.state)
  const phase = flow.publisher.phase
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
                aria-disabled=${phase === 'publishing' ? 'true' : 'false'}
                @click=${() => flow.publishRule()}
              >
                ${phase === 'publishing' ? 'Publishing…' : phase === 'failed' ? 'Try publishing again' : 'Publish rule'}
              </button>
            </div>`
        : html`<h3 id="sign-in-heading" tabindex="-1">Sign in to publish</h3>
            <p>We will email you a code. Your work stays here while you sign in.</p>
            ${whenLoaded(flow.parts.signIn, () => html`<cr-sign-in api=${flow.api}></cr-sign-in>`)}`
    }`
}

/** The POST /api/rules body for the draft. */
export function publishBody(state: CreateFlowState): PublishRuleBody {
  const document = toRuleDocument(state)
  return {
    title: document.title,
    ...(document.summary ? { summary: document.summary } : {}),
    document,
    ...(state.templateSlug ? { sourceTemplate: state.templateSlug } : {}),
    ...(state.forkedFrom ? { forkedFrom: state.forkedFrom } : {}),
  }
}
