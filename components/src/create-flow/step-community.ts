/** The community step: the rule's title and summary, and who the community is. */
import { html } from 'lit'
import type { FlowHost } from './context'
import { textField } from './field-kit'

export function renderCommunity(flow: FlowHost) {
  const d = flow.state.document
  const setRule = (field: 'title' | 'summary') => (value: string) => flow.dispatch({ type: 'set-rule', field, value })
  const set = (field: 'name' | 'description' | 'size') => (value: string) =>
    flow.dispatch({ type: 'set-community', field, value })
  return html` ${textField(flow, 'title', 'Rule title', d.title, setRule('title'), {
    required: true,
    hint: 'For example “How the Riverside Food Co-op decides”.',
  })}
  ${textField(flow, 'summary', 'Summary', d.summary, setRule('summary'), {
    multiline: true,
    max: 500,
    hint: 'One or two sentences shown under the title and in listings.',
  })}
  ${textField(flow, 'community.name', 'Community name', d.community?.name, set('name'), {
    autocomplete: 'organization',
  })}
  ${textField(flow, 'community.description', 'About the community', d.community?.description, set('description'), {
    multiline: true,
    hint: 'Who you are and what you do together.',
  })}
  ${textField(flow, 'community.size', 'Size', d.community?.size, set('size'), {
    max: 60,
    hint: 'For example “about 30 members”.',
  })}`
}
