/**
 * The create flow's field kit: labelled inputs with hint and error (`aria-describedby`), the error
 * summary, field ids, and the loading line of a lazily downloaded part. Used by every step.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { StepId } from '@communityrule/core/schema/constants'
import type { LazyModuleController } from '../controllers/lazy-module'
import type { CreateFlowState, FieldErrors } from '../state/create-flow'
import type { FlowHost } from './context'

export type FieldOptions = {
  hint?: string
  multiline?: boolean
  required?: boolean
  autocomplete?: string
  max?: number
}

/** The step a field key (`title`, `community.name`, `sections.0.title`, `amendment.note`…) belongs to. */
export const stepOfField = (key: string): StepId =>
  key.startsWith('sections') ? 'sections' : key.startsWith('amendment') ? 'publish' : 'community'

/** The id of a field's input, from its key (section fields are named by the section's id). */
export function fieldId(state: CreateFlowState, key: string): string {
  const m = /^sections\.(\d+)\.(\w+)/.exec(key)
  if (m) {
    const section = state.document.sections?.[Number(m[1])]
    return section ? `f-${section.id}-${m[2] === 'body' ? 'body' : 'title'}` : 'f-add-kind'
  }
  if (key.startsWith('sections')) return 'f-add-kind'
  return `f-${key.replace(/\./g, '-')}`
}

/** A labelled text input or textarea, with its hint and the error of `key` when there is one. */
export function textField(
  flow: FlowHost,
  key: string,
  label: string,
  value: string | undefined,
  onInput: (v: string) => void,
  opts: FieldOptions = {},
) {
  const id = fieldId(flow.state, key)
  const error = flow.errors?.[key]
  const describedBy = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing
  const handler = (e: Event) => onInput((e.target as HTMLInputElement).value)
  return html`<label for=${id}>${label}${opts.required ? nothing : html` <span class="muted">(optional)</span>`}</label>
    ${opts.hint ? html`<span class="hint" id="${id}-hint">${opts.hint}</span>` : nothing}
    ${
      opts.multiline
        ? html`<textarea
            id=${id}
            maxlength=${opts.max ?? 2000}
            .value=${value ?? ''}
            @input=${handler}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy}
          ></textarea>`
        : html`<input
            id=${id}
            type="text"
            maxlength=${opts.max ?? 120}
            autocomplete=${opts.autocomplete ?? 'off'}
            .value=${value ?? ''}
            @input=${handler}
            ?required=${opts.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy}
          />`
    }
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`
}

/** The list of what to fix; each entry moves focus to its field (on another step if need be). */
export function errorSummary(flow: FlowHost, errors: FieldErrors | null = flow.errors) {
  const entries = Object.entries(errors ?? {})
  if (!entries.length) return nothing
  return html`<div class="note bad" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">
      Please fix ${entries.length === 1 ? 'this' : `these ${entries.length} things`} to continue
    </h3>
    <ul>
      ${entries.map(([key, message]) => html`<li><button type="button" class="link" @click=${() => flow.focusField(key)}>${message}</button></li>`)}
    </ul>
  </div>`
}

/** Renders `view` once `part` has loaded; meanwhile a loading line, or the failure with a retry. */
export function whenLoaded<T, R>(part: LazyModuleController<T>, view: (module: T) => R): R | TemplateResult {
  const module = part.get()
  if (module) return view(module)
  if (part.failed)
    return html`<p class="note bad" role="alert">
      This part of the editor could not be downloaded. Your work is saved. Check your connection, then
      <button type="button" class="link" @click=${() => part.retry()}>try again</button>.
    </p>`
  return html`<p class="muted" aria-busy="true">Loading…</p>`
}
