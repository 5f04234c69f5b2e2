/**
 * Never lose work: every change goes to localStorage at once; when signed in it is also saved to the
 * open draft in the account (POST /api/drafts creates it, then PUT /api/drafts/:id), debounced, with
 * `If-Match: <version>`, one request at a time, retried with exponential backoff when offline or
 * failing. Conflicts resolve by "newer `updatedAt` wins", and the losing copy is handed back so the
 * user can undo. A member keeps several drafts: `draftId` says which one this is (kept next to the
 * local copy), and `detach` leaves it saved as it is so the next change starts another. Plain class with injected fetch/storage so it can be
 * unit-tested with fake timers; DraftSyncController adapts it to a Lit host.
 */
import type { CreateFlowState } from '@communityrule/core/schema'
import { apiRequest, type ApiError, type FetchLike } from '../controllers/api-client'
import { hasContent, parseDraft } from './create-flow'
import { LOCAL_KEY, draftUrl, idKey, type StorageLike } from './local-draft'

export { LOCAL_KEY }

export type SyncStatus = 'local' | 'saving' | 'saved' | 'offline' | 'failed'
export type ServerDraft = { id?: string; state: CreateFlowState; version: number; updatedAt: string }
/**
 * One copy replaced another: `other` is the replaced copy (for undo). `kept`: the other copy stays
 * saved in the account as its own draft (`draftId`), so "undo" opens it again.
 */
export type MergeNotice = {
  kind: 'server' | 'local' | 'kept'
  other: CreateFlowState
  message: string
  draftId?: string
}

export type DraftSyncOptions = {
  fetch: FetchLike
  api: () => string
  storage: StorageLike | null
  key?: string
  debounceMs?: number
  maxBackoffMs?: number
  /** Status or message changed. */
  onStatus?: (status: SyncStatus, message: string) => void
  /** The server copy replaced local state (412 with a newer server draft); `notice.other` is the replaced copy. */
  onReplace?: (state: CreateFlowState, notice: MergeNotice) => void
  /** The server said 401: the session is gone. */
  onSignedOut?: () => void
}

export class DraftSync {
  status: SyncStatus = 'local'
  message = ''
  signedIn = false
  version: number | null = null
  /** The account draft this is, once saved there. */
  draftId: string | null = null
  /** Delay before the next automatic retry, for the status line. */
  retryInMs = 0

  /** @internal (./draft-account.ts) */
  readonly opts: Required<Pick<DraftSyncOptions, 'debounceMs' | 'maxBackoffMs' | 'key'>> & DraftSyncOptions
  /** @internal (./draft-account.ts) */
  pending: CreateFlowState | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  /** Bumped when the open draft is published: a save still in flight then belongs to no draft. */
  private round = 0
  private failures = 0
  /** @internal (./draft-account.ts) */
  conflicts = 0

  constructor(options: DraftSyncOptions) {
    this.opts = { debounceMs: 800, maxBackoffMs: 30_000, key: LOCAL_KEY, ...options }
    try {
      this.draftId = this.opts.storage?.getItem(idKey(this.opts.key)) ?? null
    } catch {
      this.draftId = null
    }
  }

  /** @internal (./draft-account.ts) */
  setDraftId(id: string | null): void {
    this.draftId = id
    if (id === null) this.version = null
    try {
      if (id) this.opts.storage?.setItem(idKey(this.opts.key), id)
      else this.opts.storage?.removeItem(idKey(this.opts.key))
    } catch {
      // Storage blocked: the id lives in memory for this visit.
    }
  }

  /** @internal (./draft-account.ts): the account's copy of the open draft. */
  async fetchDraft(): Promise<ServerDraft> {
    return (await apiRequest<{ draft: ServerDraft }>(this.opts.fetch, this.opts.api(), draftUrl(this.draftId ?? '')))
      .draft
  }

  readLocal(): CreateFlowState | null {
    try {
      const raw = this.opts.storage?.getItem(this.opts.key)
      return raw ? parseDraft(JSON.parse(raw)) : null
    } catch {
      return null
    }
  }

  writeLocal(state: CreateFlowState | null): void {
    try {
      if (state) this.opts.storage?.setItem(this.opts.key, JSON.stringify(state))
      else this.opts.storage?.removeItem(this.opts.key)
    } catch {
      // Storage full or blocked (private mode): the server copy is then the only one; say so.
      if (!this.signedIn)
        this.setStatus(
          'failed',
          'This browser would not let us save your work on this device. Sign in to save it to your account.',
        )
    }
  }

  /** Every change: saved locally now, and to the account after a pause in typing. */
  update(state: CreateFlowState): void {
    this.writeLocal(state)
    // An empty flow is not worth a draft in the account (e.g. after publishing, "start another").
    if (!this.signedIn || (!this.draftId && !hasContent(state))) return this.setStatus('local', 'Saved on this device.')
    this.pending = state
    this.setStatus('saving', 'Saving…')
    this.schedule(this.opts.debounceMs)
  }

  /** Adopts a state without pushing it (it came from the server). */
  adopt(state: CreateFlowState): void {
    this.writeLocal(state)
  }

  /**
   * Signs in (or loads while signed in): fetches the account's copy of the open draft and merges it
   * with `local`. Returns the state to show and, when one copy replaced another, a notice holding the
   * other copy. (In ./draft-account.ts: only signed-in members download it.)
   */
  async reconcile(local: CreateFlowState | null): Promise<{ state: CreateFlowState | null; notice?: MergeNotice }> {
    return (await import('./draft-account')).reconcile(this, local)
  }

  /** Undo of a merge: the other copy becomes the current one (and the newest). */
  restore(other: CreateFlowState, now = new Date().toISOString()): CreateFlowState {
    const state = { ...other, updatedAt: now }
    this.update(state)
    return state
  }

  signOut(): void {
    this.signedIn = false
    this.version = null
    this.pending = null
    this.clearTimer()
    this.setStatus('local', 'Saved on this device.')
  }

  /**
   * Leaves the open draft saved in the account as it is, so that the next change starts a new one.
   * True when `current` is safe there (or empty); false, and nothing changed, when it could not be
   * saved first (signed out, offline).
   */
  async detach(current: CreateFlowState): Promise<boolean> {
    if (this.pending) {
      this.clearTimer()
      await this.push()
    }
    await this.settle()
    if (!this.draftId) return !hasContent(current)
    if (this.pending || this.status !== 'saved') return false
    this.setDraftId(null)
    return true
  }

  /** Makes one of the account's drafts (fetched by ../create-flow/drafts.ts) the open one. */
  adoptDraft(id: string, version: number, state: CreateFlowState): void {
    this.pending = null
    this.clearTimer()
    this.signedIn = true
    this.setDraftId(id)
    this.version = version
    this.adopt(state)
    this.setStatus('saved', 'Saved to your account.')
  }

  /** The open draft was published: it is no longer a draft (the caller deletes it from the account). */
  finish(): string | null {
    const id = this.draftId
    this.round++
    this.pending = null
    this.clearTimer()
    this.setDraftId(null)
    return id
  }

  /** Push now (e.g. the browser came back online, or the user pressed "Try again"). */
  retryNow(): Promise<void> {
    if (!this.signedIn) return Promise.resolve()
    this.pending ??= this.readLocal()
    this.clearTimer()
    return this.push()
  }

  /** Resolves when nothing is waiting or in flight (tests, and before publishing). */
  async settle(): Promise<void> {
    while (this.inFlight) await this.inFlight
  }

  dispose(): void {
    this.clearTimer()
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** @internal (./draft-account.ts) */
  schedule(ms: number): void {
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      void this.push()
    }, ms)
  }

  private push(): Promise<void> {
    if (this.inFlight || !this.pending || !this.signedIn) return this.inFlight ?? Promise.resolve()
    const state = this.pending
    this.pending = null
    this.setStatus('saving', 'Saving…')
    this.inFlight = this.send(state).finally(() => {
      this.inFlight = null
      if (this.pending && !this.timer && this.status === 'saving') void this.push()
    })
    return this.inFlight
  }

  private async send(state: CreateFlowState): Promise<void> {
    const round = this.round
    const creating = !this.draftId
    try {
      const headers: Record<string, string> = this.version === null ? {} : { 'if-match': String(this.version) }
      const { draft } = await apiRequest<{ draft: ServerDraft }>(
        this.opts.fetch,
        this.opts.api(),
        creating ? '/api/drafts' : draftUrl(this.draftId!),
        { method: creating ? 'POST' : 'PUT', headers: creating ? {} : headers, body: JSON.stringify({ state }) },
      )
      // Published while this save was on its way: a draft it created must not stay in the account
      // (nor become the open one); the caller deletes one that existed before.
      if (round !== this.round) return void (creating && draft.id && this.discard(draft.id))
      if (creating && draft.id) this.setDraftId(draft.id)
      this.version = draft.version
      this.failures = 0
      this.conflicts = 0
      if (!this.pending) this.setStatus('saved', 'Saved to your account.')
    } catch (err) {
      if (round !== this.round) return
      this.pending ??= state
      await this.handleError(err as ApiError, state)
    }
  }

  private discard(id: string): void {
    apiRequest(this.opts.fetch, this.opts.api(), draftUrl(id), { method: 'DELETE' }).catch(() => undefined)
  }

  /** @internal (./draft-account.ts) */
  async handleError(err: ApiError, state: CreateFlowState | null): Promise<void> {
    if (err.status === 401) {
      this.signOut()
      this.opts.onSignedOut?.()
      return
    }
    // 412: someone saved first; 428: this device never learned the version. Either way the account's
    // copy is fetched and the newer one wins.
    if (err.status === 412 || err.status === 428) return this.resolveConflict(err, state)
    // Deleted in another tab or device: nothing typed is dropped, it becomes a new draft.
    if (err.status === 404 && this.draftId) {
      this.setDraftId(null)
      return this.schedule(0)
    }
    // This amendment was already in progress in the account: continue that draft (newer copy wins).
    if (err.code === 'amendment_draft_exists') return this.resolveConflict(err, state)
    if (err.status === 413) {
      this.pending = null
      return this.setStatus(
        'failed',
        'Your draft is too large to save to your account (the limit is 512 KB). It is still saved on this device; shorten some text to resume saving.',
      )
    }
    if (err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
      this.pending = null
      return this.setStatus(
        'failed',
        `Your account copy could not be saved: ${err.message} Your work is still saved on this device.`,
      )
    }
    // Offline, timeouts, rate limits and 5xx: retry with exponential backoff.
    const delay = Math.min(this.opts.maxBackoffMs, Math.max(err.retryAfterMs ?? 0, 1000 * 2 ** this.failures))
    this.failures++
    this.retryInMs = delay
    if (err.status === 0)
      this.setStatus('offline', 'You are offline. Your work is saved on this device and will sync when you are back.')
    else
      this.setStatus(
        'failed',
        `Could not save to your account; trying again in ${Math.round(delay / 1000)} s. Your work is saved on this device.`,
      )
    if (this.pending) this.schedule(delay)
  }

  async resolveConflict(err: ApiError, state: CreateFlowState | null): Promise<void> {
    return (await import('./draft-account')).resolveConflict(this, err, state)
  }

  /** @internal (./draft-account.ts) */
  setStatus(status: SyncStatus, message: string): void {
    if (status !== 'offline' && status !== 'failed') this.retryInMs = 0
    this.status = status
    this.message = message
    this.opts.onStatus?.(status, message)
  }
}
