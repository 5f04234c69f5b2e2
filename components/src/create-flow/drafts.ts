/**
 * A signed-in member's other drafts on the start step ("continue one of your drafts"), opening one
 * (`?draft=<id>`, from the account page), and continuing an amendment already in progress. A separate
 * chunk: only signed-in members with drafts need it.
 */
import { html, nothing } from 'lit'
import type { DraftSummary } from '@communityrule/core/schema/api'
import type { ApiError } from '../controllers/api-client'
import type { FlowHost } from './context'
import { draftLabel, draftUrl } from '../state/local-draft'
import { parseDraft, type CreateFlowState } from '../state/create-flow'
import type { MergeNotice, ServerDraft } from '../state/draft-sync'

async function loadMyDrafts(flow: FlowHost): Promise<void> {
  flow.myDrafts = null
  try {
    flow.myDrafts = (await flow.client.request<{ items: DraftSummary[] }>('/api/drafts')).items
  } catch {
    // The list is a shortcut; the account page lists them too.
    flow.myDrafts = []
  }
}

/** The member's drafts other than the open one, newest first, each with "Continue". */
export function renderMyDrafts(flow: FlowHost) {
  if (flow.myDrafts === undefined) void loadMyDrafts(flow)
  const others = (flow.myDrafts ?? []).filter((draft) => draft.id !== flow.sync.draftId)
  if (!others.length) return nothing
  return html`<section aria-labelledby="my-drafts-heading">
    <h3 id="my-drafts-heading">Continue one of your drafts</h3>
    <ul class="drafts">
      ${others.map(
        (draft) =>
          html`<li>
            <strong>${draftLabel(draft)}</strong>
            ${draft.amending ? html`<span class="muted">(amendment of “${draft.amending.title}”)</span>` : nothing}
            <span class="muted">changed ${new Date(draft.updatedAt).toLocaleString()}</span>
            <button type="button" class="secondary" @click=${() => void openDraft(flow, draft.id)}>
              Continue<span class="visually-hidden"> ${draftLabel(draft)}</span>
            </button>
          </li>`,
      )}
    </ul>
  </section>`
}

/**
 * Opens one of the account's drafts. The open one is left saved in the account first; when it could
 * not be saved (offline), nothing changes and the person is told why.
 */
export async function openDraft(flow: FlowHost, id: string): Promise<void> {
  if (flow.sync.draftId !== id && !(await switchTo(flow, id))) return
  // Where it was left, past the start step (its choices would replace it).
  flow.goTo(flow.state.step === 'start' || flow.state.step === 'done' ? 'community' : flow.state.step)
}

async function switchTo(flow: FlowHost, id: string): Promise<boolean> {
  if (!(await flow.sync.detach(flow.state))) {
    flow.problem = 'Your current draft is not saved to your account yet, so we kept it open. Try again in a moment.'
    return false
  }
  try {
    const { draft } = await flow.client.request<{ draft: ServerDraft }>(draftUrl(id))
    const state = parseDraft(draft.state)
    if (!state) throw { status: 422, message: 'it could not be read.' }
    flow.sync.adoptDraft(id, draft.version, state)
    flow.state = state
    flow.notice = null
    flow.myDrafts = undefined
    flow.announcement = 'Your draft is open.'
    return true
  } catch (err) {
    const error = err as ApiError
    flow.problem =
      error.status === 401
        ? 'Sign in to open the drafts saved to your account.'
        : `We could not open that draft: ${error.message}`
    return false
  }
}

/**
 * Before the open draft is replaced by new work: when it is saved in the account it stays there, and
 * the notice offers to go back to it. Undefined (nothing changed) when it could not be saved first.
 */
export async function keepInAccount(flow: FlowHost, previous: CreateFlowState): Promise<MergeNotice | undefined> {
  const id = flow.sync.draftId
  if (!id || !(await flow.sync.detach(previous))) return undefined
  return {
    kind: 'kept',
    other: previous,
    draftId: id,
    message: `Your draft “${previous.document.title || 'Untitled draft'}” stays saved in your account.`,
  }
}

/** When the member already has an amendment of this rule in progress, opens it (true). */
export async function continueAmendment(flow: FlowHost, slug: string): Promise<boolean> {
  try {
    const { items } = await flow.client.request<{ items: DraftSummary[] }>('/api/drafts')
    const draft = items.find((item) => item.amending?.slug === slug)
    if (!draft) return false
    await openDraft(flow, draft.id)
    return flow.sync.draftId === draft.id
  } catch {
    return false
  }
}
