/** The review step: the rule page as it will look, or what is missing. */
import { html, nothing } from 'lit'
import { rulePage } from '../render/rule-document'
import { toRuleDocument, validateStep } from '../state/create-flow'
import type { FlowHost } from './context'
import { errorSummary } from './field-kit'

export function renderReview(flow: FlowHost) {
  const errors = validateStep(flow.state, 'review')
  if (Object.keys(errors).length) {
    const shown = Object.keys(flow.errors ?? {}).length > 0
    return html`<p>Your rule is not ready to publish yet.</p>
      ${shown ? nothing : errorSummary(flow, errors)}`
  }
  return html`<p>This is how your rule page will look. Go back to change anything.</p>
    <div class="preview">${rulePage(toRuleDocument(flow.state), scrollToSection)}</div>`
}

/** The preview's contents links scroll within the shadow root (the page's URL fragment stays). */
function scrollToSection(event: Event): void {
  const link = (event.target as HTMLElement).closest('a')
  if (!link) return
  event.preventDefault()
  const root = link.getRootNode() as ParentNode
  const target = root.querySelector<HTMLElement>(`[id="${link.getAttribute('href')!.slice(1)}"]`)
  target?.scrollIntoView()
  target?.querySelector('h2')?.setAttribute('tabindex', '-1')
  target?.querySelector('h2')?.focus()
}
