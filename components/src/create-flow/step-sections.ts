/** The sections step: add, edit, reorder and remove sections, and pick building blocks for each. */
import { html, nothing } from 'lit'
import { sectionKinds, type SectionKind } from '@communityrule/core/schema/constants'
import type { DraftSection } from '../state/create-flow'
import { kindLabels } from '../state/kind-labels'
import type { FlowHost } from './context'
import { textField } from './field-kit'

export function renderSections(flow: FlowHost) {
  const sections = flow.state.document.sections ?? []
  const error = flow.errors?.sections
  return html` <p>
      Each section says how one part of your community works. Reorder them with “Move up” and “Move down”.
    </p>
    ${
      sections.length
        ? html`<ol class="plain">
            ${sections.map((s, i) => renderSection(flow, s, i, sections.length))}
          </ol>`
        : html`<p class="muted">No sections yet.</p>`
    }
    <div class="row">
      <label for="f-add-kind">Kind of section</label>
      <select
        id="f-add-kind"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'f-add-kind-error' : nothing}
      >
        ${sectionKinds.map((k) => html`<option value=${k}>${kindLabels[k]}</option>`)}
      </select>
      <button type="button" class="secondary" @click=${() => addSection(flow)}>Add section</button>
    </div>
    ${error ? html`<p class="error" id="f-add-kind-error">${error}</p>` : nothing}`
}

function renderSection(flow: FlowHost, section: DraftSection, index: number, count: number) {
  const name = section.title || kindLabels[section.kind]
  const modules = flow.parts.catalogue.value?.modulesFor(section.kind) ?? []
  const chosen = new Set((section.modules ?? []).map((m) => m.id))
  const edit = (field: 'title' | 'body') => (value: string) =>
    flow.dispatch({ type: 'edit-section', id: section.id, field, value })
  return html`<li class="section" aria-labelledby="h-${section.id}">
    <h3 id="h-${section.id}">${index + 1}. ${kindLabels[section.kind]}</h3>
    ${textField(flow, `sections.${index}.title`, 'Section title', section.title, edit('title'), { required: true })}
    ${textField(flow, `sections.${index}.body`, 'Text', section.body, edit('body'), {
      multiline: true,
      max: 10000,
      hint: 'Blank lines start a new paragraph; start lines with “- ” for a list; *emphasis*; [link text](https://…).',
    })}
    <fieldset>
      <legend>Building blocks for “${name}”</legend>
      <div class="modules-pick">
        ${modules.map(
          (m) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${chosen.has(m.id)}
                @change=${() => flow.dispatch({ type: 'toggle-module', sectionId: section.id, module: m })}
              /><span>${m.name}</span></label
            >`,
        )}
      </div>
    </fieldset>
    <div class="row">
      <button
        type="button"
        class="secondary"
        id="move-up-${section.id}"
        ?disabled=${index === 0}
        @click=${() => moveSection(flow, section, -1)}
      >
        Move up<span class="visually-hidden"> “${name}”</span>
      </button>
      <button
        type="button"
        class="secondary"
        id="move-down-${section.id}"
        ?disabled=${index === count - 1}
        @click=${() => moveSection(flow, section, 1)}
      >
        Move down<span class="visually-hidden"> “${name}”</span>
      </button>
      <button type="button" class="secondary" @click=${() => removeSection(flow, section)}>
        Remove<span class="visually-hidden"> “${name}”</span>
      </button>
    </div>
  </li>`
}

const find = <E extends HTMLElement>(flow: FlowHost, selector: string) => flow.renderRoot.querySelector<E>(selector)

/** Moves a section by one; focus stays on the button pressed (or its pair, at either end). */
async function moveSection(flow: FlowHost, section: DraftSection, by: number): Promise<void> {
  const list = flow.state.document.sections ?? []
  const to = list.findIndex((s) => s.id === section.id) + by
  flow.dispatch({ type: 'move-section', id: section.id, by })
  flow.announcement = `Moved “${section.title || kindLabels[section.kind]}” to position ${to + 1} of ${list.length}.`
  await flow.updateComplete
  const dir = by < 0 ? 'up' : 'down'
  const same = find<HTMLButtonElement>(flow, `#move-${dir}-${section.id}`)
  const other = find<HTMLButtonElement>(flow, `#move-${dir === 'up' ? 'down' : 'up'}-${section.id}`)
  ;(same && !same.disabled ? same : other)?.focus()
}

/** Removes a section; focus moves to the next section's title (or the "Kind of section" menu). */
async function removeSection(flow: FlowHost, section: DraftSection): Promise<void> {
  const index = (flow.state.document.sections ?? []).findIndex((s) => s.id === section.id)
  flow.dispatch({ type: 'remove-section', id: section.id })
  flow.announcement = `Removed “${section.title || kindLabels[section.kind]}”.`
  await flow.updateComplete
  const rest = flow.state.document.sections
  const next = rest?.[Math.min(index, (rest?.length ?? 1) - 1)]
  find(flow, next ? `#f-${next.id}-title` : '#f-add-kind')?.focus()
}

/** Adds a section of the chosen kind and moves focus to its title. */
async function addSection(flow: FlowHost): Promise<void> {
  const kind = find<HTMLSelectElement>(flow, '#f-add-kind')!.value as SectionKind
  flow.dispatch({ type: 'add-section', kind })
  const added = flow.state.document.sections!.at(-1)!
  flow.announcement = `Added a ${kindLabels[kind]} section.`
  await flow.updateComplete
  find(flow, `#f-${added.id}-title`)?.focus()
}
