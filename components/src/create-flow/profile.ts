/**
 * The community profile on the start step (a separate chunk: step-start.ts shows a "Describe your
 * community" button until it is opened or answered): four optional groups of chips (kind of organisation,
 * size, maturity, scale), one value each. Templates below are ranked for it (`<cr-template-picker>`
 * with `.profile`, core/schema/recommend.ts). Each chip is a toggle button (`aria-pressed`);
 * pressing the chosen one again clears it, and "Clear" clears them all. Skipping it is doing nothing.
 */
import { html, nothing } from 'lit'
import { facetLabels } from '@communityrule/core/schema/method-fields'
import type { Profile, ProfileField } from '../state/create-flow'
import type { FlowHost } from './context'

const groups: Array<{ field: ProfileField; legend: string; labels: Record<string, string> }> = [
  { field: 'organisationKind', legend: 'Kind of organisation', labels: facetLabels.organisationKinds },
  { field: 'sizeBand', legend: 'Size', labels: facetLabels.sizeBands },
  { field: 'maturity', legend: 'How established', labels: facetLabels.maturities },
  { field: 'scale', legend: 'Where you work', labels: facetLabels.scales },
]

function choose(flow: FlowHost, field: ProfileField, value: string | undefined): void {
  flow.dispatch({ type: 'set-profile', field, value })
  const any = !!flow.state.profile
  flow.announcement = any
    ? 'Templates are now ordered for your community.'
    : 'Templates are shown in their usual order.'
}

export function renderProfile(flow: FlowHost) {
  const profile: Profile = flow.state.profile ?? {}
  return html`<section class="profile" aria-labelledby="profile-heading">
    <h3 id="profile-heading">About your community <span class="muted">(optional)</span></h3>
    <p class="muted">Choose what fits, and we put the templates that suit your community first.</p>
    ${groups.map(
      ({ field, legend, labels }) =>
        html`<fieldset class="chips">
          <legend>${legend}</legend>
          ${Object.entries(labels).map(
            ([value, label]) =>
              html`<button
                type="button"
                class="chip"
                aria-pressed=${profile[field] === value ? 'true' : 'false'}
                @click=${() => choose(flow, field, value)}
              >
                ${label}
              </button>`,
          )}
        </fieldset>`,
    )}
    ${
      flow.state.profile
        ? html`<button type="button" class="link" @click=${() => void clearProfile(flow)}>Clear your answers</button>`
        : nothing
    }
  </section>`
}

/** Clears every part; the button goes with the answers, so focus moves to the first chip. */
async function clearProfile(flow: FlowHost): Promise<void> {
  for (const { field } of groups)
    if (flow.state.profile?.[field]) flow.dispatch({ type: 'set-profile', field, value: undefined })
  flow.announcement = 'Templates are shown in their usual order.'
  await flow.updateComplete
  flow.renderRoot.querySelector<HTMLElement>('.chip')?.focus()
}
