/**
 * Never lose work: every change goes to localStorage at once; when signed in it is also PUT to
 * /api/drafts/me, debounced, with `If-Match: <version>`, one request at a time, retried with
 * exponential backoff when offline or failing. Conflicts resolve by "newer `updatedAt` wins", and the
 * losing copy is handed back so the user can undo. Plain class with injected fetch/storage so it can be
 * unit-tested with fake timers; DraftSyncController adapts it to a Lit host.
 */
import type { CreateFlowState } from '@communityrule/core/schema'
import { apiRequest, type ApiError, type FetchLike } from '../controllers/api-client'
import { hasContent, parseDraft } from './create-flow'

export type SyncStatus = 'local' | 'saving' | 'saved' | 'offline' | 'failed'
export type ServerDraft = { state: CreateFlowState; version: number; updatedAt: string }
export type MergeNotice = { kind: 'server' | 'local'; other: CreateFlowState; message: string }
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

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

export const LOCAL_KEY = 'cr:create-flow'

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
  return state ? { state, version: d.version, updatedAt: d.updatedAt ?? state.updatedAt } : null
}

export class DraftSync {
  status: SyncStatus = 'local'
  message = ''
  signedIn = false
  version: number | null = null
  /** Delay before the next automatic retry, for the status line. */
  retryInMs = 0

  private readonly opts: Required<Pick<DraftSyncOptions, 'debounceMs' | 'maxBackoffMs' | 'key'>> & DraftSyncOptions
  private pending: CreateFlowState | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private failures = 0
  private conflicts = 0

  constructor(options: DraftSyncOptions) {
    this.opts = { debounceMs: 800, maxBackoffMs: 30_000, key: LOCAL_KEY, ...options }
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
    if (!this.signedIn) return this.setStatus('local', 'Saved on this device.')
    this.pending = state
    this.setStatus('saving', 'Saving…')
    this.schedule(this.opts.debounceMs)
  }

  /** Adopts a state without pushing it (it came from the server). */
  adopt(state: CreateFlowState): void {
    this.writeLocal(state)
  }

  /**
   * Signs in (or loads while signed in): fetches the server draft and merges it with `local`.
   * Returns the state to show and, when one copy replaced another, a notice holding the other copy.
   */
  async reconcile(local: CreateFlowState | null): Promise<{ state: CreateFlowState | null; notice?: MergeNotice }> {
    this.signedIn = true
    let server: ServerDraft | null
    try {
      server = (await apiRequest<{ draft: ServerDraft | null }>(this.opts.fetch, this.opts.api(), '/api/drafts/me'))
        .draft
    } catch (err) {
      this.handleError(err as ApiError, local)
      return { state: local }
    }
    const serverState = server ? parseDraft(server.state) : null
    if (server) this.version = server.version
    if (!serverState || !server) {
      if (local && hasContent(local)) this.update(local)
      else this.setStatus('saved', 'Saved to your account.')
      return { state: local }
    }
    if (!local || !hasContent(local) || when(local.updatedAt) === when(serverState.updatedAt)) {
      this.adopt(serverState)
      this.setStatus('saved', 'Saved to your account.')
      return { state: serverState }
    }
    if (when(serverState.updatedAt) > when(local.updatedAt)) {
      this.adopt(serverState)
      this.setStatus('saved', 'Saved to your account.')
      return {
        state: serverState,
        notice: {
          kind: 'server',
          other: local,
          message: 'We opened the newer copy of your draft saved to your account.',
        },
      }
    }
    this.update(local)
    return {
      state: local,
      notice: {
        kind: 'local',
        other: serverState,
        message: 'This device had newer changes than your account, so we kept them.',
      },
    }
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

  private schedule(ms: number): void {
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
    try {
      const headers: Record<string, string> = this.version === null ? {} : { 'if-match': String(this.version) }
      const { draft } = await apiRequest<{ draft: ServerDraft }>(this.opts.fetch, this.opts.api(), '/api/drafts/me', {
        method: 'PUT',
        headers,
        body: JSON.stringify({ state }),
      })
      this.version = draft.version
      this.failures = 0
      this.conflicts = 0
      if (!this.pending) this.setStatus('saved', 'Saved to your account.')
    } catch (err) {
      this.pending ??= state
      await this.handleError(err as ApiError, state)
    }
  }

  private async handleError(err: ApiError, state: CreateFlowState | null): Promise<void> {
    if (err.status === 401) {
      this.signOut()
      this.opts.onSignedOut?.()
      return
    }
    if (err.status === 412) return this.resolveConflict(err, state)
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

  private async resolveConflict(err: ApiError, state: CreateFlowState | null): Promise<void> {
    let server = draftFromDetails(err.details)
    if (!server) {
      try {
        server = (await apiRequest<{ draft: ServerDraft | null }>(this.opts.fetch, this.opts.api(), '/api/drafts/me'))
          .draft
        server = server ? draftFromDetails(server) : null
      } catch (inner) {
        return this.handleError(inner as ApiError, state)
      }
    }
    if (!server) {
      // The server draft vanished (deleted elsewhere): write ours afresh.
      this.version = null
    } else {
      this.version = server.version
      const mine = this.pending ?? state
      if (!mine || when(server.state.updatedAt) > when(mine.updatedAt)) {
        this.pending = null
        this.adopt(server.state)
        this.setStatus('saved', 'Saved to your account.')
        if (mine)
          this.opts.onReplace?.(server.state, {
            kind: 'server',
            other: mine,
            message:
              'Your draft was changed more recently in another tab or device, so we are showing that newer copy.',
          })
        return
      }
    }
    // Ours is newer: write it over the stale server copy, but never loop forever.
    if (++this.conflicts > 3) {
      return this.setStatus(
        'failed',
        'Your draft keeps changing in another tab or device. Close the other one, then try again.',
      )
    }
    this.pending ??= state
    this.schedule(0)
  }

  private setStatus(status: SyncStatus, message: string): void {
    if (status !== 'offline' && status !== 'failed') this.retryInMs = 0
    this.status = status
    this.message = message
    this.opts.onStatus?.(status, message)
  }
}
