/**
 * The start step: continue a draft (this one, or another of the account's: ./drafts.ts), describe the community (optional chips, ./profile.ts, which rank
 * the templates), pick a template, or start blank; and `?template=` / `?from=` entry.
 */
import { html, nothing } from 'lit'
import type { RuleDocument } from '@communityrule/core/schema'
import type { RuleTemplate } from '@communityrule/core/schema/api'
import type { ApiError } from '../controllers/api-client'
import { hasContent, reduce } from '../state/create-flow'
import type { FlowHost } from './context'
import { whenLoaded } from './field-kit'

export function renderStart(flow: FlowHost) {
  const { state } = flow
  return html` ${
      hasContent(state)
        ? html`<div class="note">
            <p>
              You have a draft in
              progress${state.document.title ? html`: <strong>${state.document.title}</strong>` : nothing}.
            </p>
            <button type="button" @click=${() => flow.goTo('community')}>Continue your draft</button>
          </div>`
        : nothing
    }
    ${flow.session.user ? (flow.parts.drafts.get()?.renderMyDrafts(flow) ?? nothing) : nothing}
    ${renderProfileEntry(flow)}
    <h3>Start from a template</h3>
    ${whenLoaded(
      flow.parts.picker,
      () =>
        html`<cr-template-picker
          api=${flow.api}
          .profile=${state.profile}
          @cr-template-chosen=${(e: HTMLElementEventMap['cr-template-chosen']) => void chooseTemplate(flow, e.detail.template)}
        ></cr-template-picker>`,
    )}
    <h3>Or start from scratch</h3>
    <button type="button" class="secondary" @click=${() => void startBlank(flow)}>Start a blank rule</button>`
}

/**
 * The community profile (optional): its chips are a separate chunk (./profile.ts), downloaded when
 * someone opens them — or at once when the draft already has answers — so a first visit that skips
 * them pays nothing for them.
 */
function renderProfileEntry(flow: FlowHost) {
  const part = flow.parts.profile
  if (part.value || part.failed || flow.state.profile) return whenLoaded(part, (module) => module.renderProfile(flow))
  return html`<section class="profile" aria-labelledby="profile-heading">
    <h3 id="profile-heading">About your community <span class="muted">(optional)</span></h3>
    <p class="muted">Tell us a little about your community, and we put the templates that suit it first.</p>
    <button type="button" class="secondary" @click=${() => void openProfile(flow)}>Describe your community</button>
  </section>`
}

async function openProfile(flow: FlowHost): Promise<void> {
  await flow.parts.profile.load().catch(() => undefined)
  await flow.updateComplete
  flow.renderRoot.querySelector<HTMLElement>('.chip')?.focus()
}

export async function chooseTemplate(
  flow: FlowHost,
  template: Pick<RuleTemplate, 'slug' | 'title' | 'document'>,
): Promise<void> {
  await flow.replaceState(
    reduce(flow.state, { type: 'apply-template', template }),
    `You started from the “${template.title}” template. Your earlier draft is kept for one undo.`,
  )
  flow.problem = ''
  flow.goTo('community')
}

async function startBlank(flow: FlowHost): Promise<void> {
  await flow.replaceState(
    reduce(flow.state, { type: 'start-blank' }),
    'You started a blank rule. Your earlier draft is kept for one undo.',
  )
  flow.goTo('community')
}

const entryParams = ['template', 'from', 'amend', 'version', 'draft']

/**
 * `?template=<slug>`, `?from=<rule slug>`, `?amend=<rule slug>` and `?draft=<id>` (from the account
 * page): applied once the session is known, then removed so a reload keeps the work.
 */
export async function applyEntryParams(flow: FlowHost): Promise<void> {
  const params = new URLSearchParams(location.search)
  const [template, from, amend, version, draft] = entryParams.map((name) => params.get(name))
  if (!template && !from && !amend && !draft) return
  for (const name of entryParams) params.delete(name)
  const query = params.toString()
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`)
  if (draft) await flow.parts.drafts.load().then((drafts) => drafts.openDraft(flow, draft))
  else if (amend) await amendRule(flow, amend)
  else if (from) await forkRule(flow, from, Number(version) || undefined)
  else if (template && template !== flow.state.templateSlug) await useTemplate(flow, template)
}

export async function useTemplate(flow: FlowHost, slug: string): Promise<void> {
  try {
    const { template } = await flow.client.request<{ template: RuleTemplate }>(
      `/api/templates/${encodeURIComponent(slug)}`,
    )
    await chooseTemplate(flow, template)
  } catch (err) {
    flow.problem = `We could not load the template “${slug}”: ${(err as ApiError).message} You can pick another one below or start blank.`
  }
}

type PublishedRule = { id: string; slug: string; title: string; version: number; document: RuleDocument }

/**
 * Starts a new rule from a published one (`fork`; from one of its versions when `version` is given)
 * or an amendment of it (`amend`, for its stewards).
 */
async function startFromRule(flow: FlowHost, slug: string, type: 'fork' | 'amend', version?: number): Promise<void> {
  // An amendment of the same rule still in progress (not yet published) is continued, not restarted.
  if (type === 'amend' && flow.state.amend?.slug === slug && flow.state.step !== 'done') return flow.goTo('sections')
  // …and so is one saved in the account (another device, or left for other work).
  if (type === 'amend' && flow.session.user) {
    const drafts = await flow.parts.drafts.load().catch(() => null)
    if (await drafts?.continueAmendment(flow, slug)) return flow.goTo('sections')
  }
  try {
    const path = `/api/rules/${encodeURIComponent(slug)}`
    const rule = version
      ? await flow.client
          .request<{ version: Omit<PublishedRule, 'id' | 'version'> & { number: number; rule: { id: string } } }>(
            `${path}/versions/${version}`,
          )
          .then(({ version: v }) => ({ ...v, id: v.rule.id, slug, version: v.number }))
      : (await flow.client.request<{ rule: PublishedRule }>(path)).rule
    await flow.replaceState(
      reduce(flow.state, { type, rule }),
      `${type === 'amend' ? 'You are amending' : 'You started from'} “${rule.title}”. Your earlier draft is kept for one undo.`,
    )
    flow.goTo(type === 'amend' ? 'sections' : 'community')
  } catch (err) {
    flow.problem = `We could not load the rule “${slug}”: ${(err as ApiError).message}`
  }
}

export const forkRule = (flow: FlowHost, slug: string, version?: number) => startFromRule(flow, slug, 'fork', version)
export const amendRule = (flow: FlowHost, slug: string) => startFromRule(flow, slug, 'amend')
