/**
 * The publish step: publish when signed in, else the (lazily loaded) sign-in form first. An
 * amendment first asks what changed and why, and when and how it was adopted.
 */
import { html, nothing } from 'lit'
import type { AmendRuleBody, PublishRuleBody } from '@communityrule/core/schema/api'
import { paths } from '@communityrule/core/paths'
import type { ApiError } from '../controllers/api-client'
import { AmendmentFields } from '@communityrule/core/schema/amendment'
import { collect, toRuleDocument, type CreateFlowState, type FieldErrors } from '../state/create-flow'
import type { FlowHost } from './context'
import { fieldId, textField, whenLoaded } from './field-kit'

export function renderPublish(flow: FlowHost) {
  const user = flow.session.user
  const doc = toRuleDocument(flow.state)
  const phase = flow.publisher.phase
  const amend = flow.state.amend
  const action = amend ? 'Publish amendment' : 'Publish rule'
  return html`${
    amend
      ? renderAmendment(flow)
      : html`<p>
          Publishing makes “<strong>${doc.title}</strong>” public at a permanent address. Anyone can read, copy and
          print it.
        </p>`
  }
  ${
    amend?.conflict
      ? nothing
      : user
        ? html`<p>Signed in as <strong>${user.email}</strong>.</p>
            <div class="row">
              <button
                type="button"
                id="publish"
                aria-disabled=${phase === 'publishing' ? 'true' : 'false'}
                @click=${() => flow.publishRule()}
              >
                ${phase === 'publishing' ? 'Publishing…' : phase === 'failed' ? 'Try publishing again' : action}
              </button>
            </div>`
        : html`<h3 id="sign-in-heading" tabindex="-1">Sign in to publish</h3>
            <p>We will email you a code. Your work stays here while you sign in.</p>
            ${whenLoaded(flow.parts.signIn, () => html`<cr-sign-in api=${flow.api}></cr-sign-in>`)}`
  }`
}

/** What the amendment says about itself, and what to do when someone else amended the rule first. */
function renderAmendment(flow: FlowHost) {
  const amend = flow.state.amend!
  const fields = flow.state.amendment ?? {}
  const set = (field: 'note' | 'adoptedOn' | 'adoptedBy') => (value: string) =>
    flow.dispatch({ type: 'set-amendment', field, value })
  const dateId = fieldId(flow.state, 'amendment.adoptedOn')
  const dateError = flow.errors?.['amendment.adoptedOn']
  return html`<p>
      Publishing makes this version ${amend.version + 1} of “<strong>${amend.title}</strong>”. Version ${amend.version}
      and every earlier version stay readable in the rule's public history.
    </p>
    ${
      amend.conflict
        ? html`<div class="note bad" id="amend-conflict" role="alert" tabindex="-1">
            <p>
              Someone amended this rule while you were working: version ${amend.conflict} is now current. Your changes
              are kept here.
            </p>
            <p>
              <a href=${paths.ruleChanges(amend.slug, amend.conflict)} target="_blank" rel="noopener"
                >See what changed in version ${amend.conflict}</a
              >, then publish your amendment on top of it.
            </p>
            <button
              type="button"
              @click=${() => {
                flow.dispatch({ type: 'amend-onto-current' })
                void flow.publishRule()
              }}
            >
              Publish on top of version ${amend.conflict}
            </button>
          </div>`
        : nothing
    }
    ${textField(flow, 'amendment.note', 'What changed and why', fields.note, set('note'), {
      required: true,
      multiline: true,
      max: 1000,
      hint: 'Shown with this version in the rule’s history, e.g. “Objections now have two weeks, not one, after the spring meeting.”',
    })}
    <label for=${dateId}>Adopted on <span class="muted">(optional)</span></label>
    <input
      id=${dateId}
      type="date"
      .value=${fields.adoptedOn ?? ''}
      @input=${(e: Event) => set('adoptedOn')((e.target as HTMLInputElement).value)}
      aria-invalid=${dateError ? 'true' : 'false'}
      aria-describedby=${dateError ? `${dateId}-error` : nothing}
    />
    ${dateError ? html`<p class="error" id="${dateId}-error">${dateError}</p>` : nothing}
    ${textField(flow, 'amendment.adoptedBy', 'How it was adopted', fields.adoptedBy, set('adoptedBy'), {
      max: 160,
      hint: 'A decision method (e.g. consent, majority vote) or a few words.',
    })}`
}

/** The body to publish: a new rule (POST /api/rules), or an amendment of one (POST …/versions). */
export function publishBody(state: CreateFlowState): PublishRuleBody | AmendRuleBody {
  const document = toRuleDocument(state)
  const rule = { title: document.title, ...(document.summary ? { summary: document.summary } : {}), document }
  if (state.amend) {
    const { note = '', adoptedOn, adoptedBy } = state.amendment ?? {}
    return {
      ...rule,
      note: note.trim(),
      ...(adoptedOn ? { adoptedOn } : {}),
      ...(adoptedBy?.trim() ? { adoptedBy: adoptedBy.trim() } : {}),
    }
  }
  return {
    ...rule,
    ...(state.templateSlug ? { sourceTemplate: state.templateSlug } : {}),
    ...(state.forkedFrom ? { forkedFrom: state.forkedFrom } : {}),
  }
}

/** What went wrong with publishing, in plain words (401 is handled by signing in again). */
export function publishProblem(err: ApiError, amending = false): string {
  return err.status === 0
    ? 'We could not reach the server, so your rule is not published yet. Check your connection and press Publish again — it will only be published once.'
    : err.status === 413
      ? 'Your rule is too large to publish (the limit is 512 KB). Shorten some sections and try again.'
      : err.status === 429
        ? `Too many attempts. Please wait ${Math.ceil((err.retryAfterMs ?? 60000) / 1000)} seconds and try again.`
        : err.code === 'not_a_steward'
          ? 'Only this rule’s stewards can amend it. You can start a new rule from it instead: your changes are kept here.'
          : `Your ${amending ? 'amendment' : 'rule'} was not published: ${err.message}`
}

/** What is missing from an amendment's note and adoption (none when it is not an amendment). */
export function amendmentErrors(state: CreateFlowState): FieldErrors {
  if (!state.amend) return {}
  const checked = AmendmentFields.safeParse({ note: '', ...state.amendment })
  return checked.success ? {} : collect(checked.error.issues, ['amendment'])
}

/** The version now current, from a 412 `version_conflict` (undefined for any other error). */
export const conflictVersion = (err: ApiError): number | undefined =>
  err.code === 'version_conflict'
    ? (err.details as Array<{ currentVersion?: number }> | undefined)?.[0]?.currentVersion
    : undefined
