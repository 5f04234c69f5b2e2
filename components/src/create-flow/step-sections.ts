/** The sections step: add, edit, reorder and remove sections, and choose each one's methods from the library. */
import { html, nothing } from 'lit'
import type { Module } from '@communityrule/core/schema'
import { OWN_PREFIX, sectionKinds, type SectionKind } from '@communityrule/core/schema/constants'
import type { DraftSection } from '../state/create-flow'
import { kindLabels } from '../state/kind-labels'
import type { FlowHost } from './context'
import { textField, whenLoaded } from './field-kit'

export function renderSections(flow: FlowHost) {
  // Someone writing sections is likely to open the methods library next.
  flow.parts.library.prefetch()
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
    ${renderBuildingBlocks(flow, section, name)}
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

/**
 * The section's building blocks (each removable) and the methods library: a `<cr-method-library>`
 * (its own chunk, downloaded when the sections step is near) opened for one section at a time.
 */
function renderBuildingBlocks(flow: FlowHost, section: DraftSection, name: string) {
  const modules = section.modules ?? []
  const open = flow.libraryFor === section.id
  const remove = (module: Module) => {
    flow.dispatch({ type: 'toggle-module', sectionId: section.id, module })
    flow.announcement = `Removed “${module.name}” from “${name}”.`
  }
  return html`<div role="group" aria-labelledby="blocks-${section.id}">
    <h4 id="blocks-${section.id}">Methods in “${name}”</h4>
    ${
      modules.length
        ? html`<ul class="chosen">
            ${modules.map(
              (m) =>
                html`<li>
                  <span>${m.name}${m.id.startsWith(OWN_PREFIX) ? ' (your own)' : ''}</span>
                  <button type="button" class="link" @click=${() => remove(m)}>
                    Remove<span class="visually-hidden"> “${m.name}”</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">None yet.</p>`
    }
    <button
      type="button"
      class="secondary"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="library-${section.id}"
      @click=${() => (flow.libraryFor = open ? null : section.id)}
    >
      ${open ? 'Close the methods library' : 'Browse the methods library'}<span class="visually-hidden">
        for “${name}”</span
      >
    </button>
    ${
      open
        ? whenLoaded(
            flow.parts.library,
            () =>
              html`<cr-method-library
                id="library-${section.id}"
                api=${flow.api}
                group=${section.kind}
                label=${name}
                .profile=${flow.state.profile}
                .chosen=${modules.map((m) => m.id)}
                @cr-method-toggled=${(e: CustomEvent<{ module: Module }>) => toggled(flow, section, name, e.detail.module)}
                @cr-own-method-added=${(e: CustomEvent<{ module: Module }>) => {
                  flow.dispatch({ type: 'add-module', sectionId: section.id, module: e.detail.module })
                  flow.announcement = `Added your own method “${e.detail.module.name}” to “${name}”.`
                }}
              ></cr-method-library>`,
          )
        : nothing
    }
  </div>`
}

function toggled(flow: FlowHost, section: DraftSection, name: string, module: Module): void {
  const had = (section.modules ?? []).some((m) => m.id === module.id)
  flow.dispatch({ type: 'toggle-module', sectionId: section.id, module })
  flow.announcement = had ? `Removed “${module.name}” from “${name}”.` : `Added “${module.name}” to “${name}”.`
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
