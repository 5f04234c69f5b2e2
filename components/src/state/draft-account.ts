/**
 * The account half of DraftSync (./draft-sync.ts), downloaded only by signed-in members: merging the
 * account's copy of the open draft with this device's on sign-in, and resolving a 412 conflict —
 * in both, the newer `updatedAt` wins and the other copy is handed back for undo.
 */
import type { ApiError } from '../controllers/api-client'
import { hasContent, parseDraft, type CreateFlowState } from './create-flow'
import type { DraftSync, MergeNotice, ServerDraft } from './draft-sync'

const when = (iso: string) => {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? 0 : t
}

/** Pulls the server draft out of a 412's details: `[{draft}]`, `{draft}`, `[draft]` or `draft`. */
export function draftFromDetails(details: unknown): ServerDraft | null {
  const first = Array.isArray(details) ? details[0] : details
  const candidate = (first as { draft?: unknown })?.draft ?? first
  const d = candidate as Partial<ServerDraft> | undefined
  if (!d || typeof d !== 'object' || typeof d.version !== 'number' || !d.state) return null
  const state = parseDraft(d.state)
  return state ? { id: d.id, state, version: d.version, updatedAt: d.updatedAt ?? state.updatedAt } : null
}

/** Merges the account's copy of the open draft (when it has one there) with `local`. */
export async function reconcile(
  sync: DraftSync,
  local: CreateFlowState | null,
): Promise<{ state: CreateFlowState | null; notice?: MergeNotice }> {
  sync.signedIn = true
  let server: ServerDraft | null = null
  if (sync.draftId) {
    try {
      server = await sync.fetchDraft()
    } catch (err) {
      // Deleted elsewhere, or another member's: this device's copy becomes a new draft.
      if ((err as ApiError).status === 404) sync.setDraftId(null)
      else {
        sync.handleError(err as ApiError, local)
        return { state: local }
      }
    }
  }
  const serverState = server ? parseDraft(server.state) : null
  if (server) sync.version = server.version
  if (!serverState || !server) {
    if (local && hasContent(local)) sync.update(local)
    else sync.setStatus('saved', 'Saved to your account.')
    return { state: local }
  }
  if (!local || !hasContent(local) || when(local.updatedAt) === when(serverState.updatedAt)) {
    sync.adopt(serverState)
    sync.setStatus('saved', 'Saved to your account.')
    return { state: serverState }
  }
  if (when(serverState.updatedAt) > when(local.updatedAt)) {
    sync.adopt(serverState)
    sync.setStatus('saved', 'Saved to your account.')
    return {
      state: serverState,
      notice: {
        kind: 'server',
        other: local,
        message: 'We opened the newer copy of your draft saved to your account.',
      },
    }
  }
  sync.update(local)
  return {
    state: local,
    notice: {
      kind: 'local',
      other: serverState,
      message: 'This device had newer changes than your account, so we kept them.',
    },
  }
}

/** A 412 (or an amendment already in progress): the newer copy wins, the other is handed back. */
export async function resolveConflict(sync: DraftSync, err: ApiError, state: CreateFlowState | null): Promise<void> {
  let server = draftFromDetails(err.details)
  // An amendment of this rule was already in progress in the account: continue that draft.
  if (err.code === 'amendment_draft_exists') {
    if (!server?.id) return sync.setStatus('failed', `Your account copy could not be saved: ${err.message}`)
    sync.setDraftId(server.id)
  }
  if (!server) {
    try {
      server = await sync.fetchDraft()
      server = server ? draftFromDetails(server) : null
    } catch (inner) {
      return sync.handleError(inner as ApiError, state)
    }
  }
  if (!server) {
    // The server draft vanished (deleted elsewhere): write ours afresh.
    sync.version = null
  } else {
    sync.version = server.version
    const mine = sync.pending ?? state
    if (!mine || when(server.state.updatedAt) > when(mine.updatedAt)) {
      sync.pending = null
      sync.adopt(server.state)
      sync.setStatus('saved', 'Saved to your account.')
      if (mine)
        sync.opts.onReplace?.(server.state, {
          kind: 'server',
          other: mine,
          message: 'Your draft was changed more recently in another tab or device, so we are showing that newer copy.',
        })
      return
    }
  }
  // Ours is newer: write it over the stale server copy, but never loop forever.
  if (++sync.conflicts > 3) {
    return sync.setStatus(
      'failed',
      'Your draft keeps changing in another tab or device. Close the other one, then try again.',
    )
  }
  sync.pending ??= state
  sync.schedule(0)
}
