import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyState, reduce, type CreateFlowState } from '../../components/src/state/create-flow'
import { DraftSync, LOCAL_KEY, type MergeNotice, type SyncStatus } from '../../components/src/state/draft-sync'
import { draftFromDetails } from '../../components/src/state/draft-account'
import { forgetLocalDraft } from '../../components/src/state/local-draft'

const ID_KEY = `${LOCAL_KEY}:draft`

type Call = { url: string; method: string; headers: Record<string, string>; body?: unknown; credentials?: string }
type Reply = { status: number; body?: unknown; hold?: Promise<void> } | 'network'

/** A scripted fetch: each request takes the next reply (default 200 echoing a new version). */
function fakeServer() {
  const calls: Call[] = []
  const replies: Reply[] = []
  let version = 0
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const call: Call = {
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      credentials: init.credentials,
    }
    calls.push(call)
    // By default the server accepts: a POST creates draft d<n>, a PUT returns the next version.
    const created = call.method === 'POST' ? { id: `d${calls.filter((c) => c.method === 'POST').length}` } : {}
    if (call.method === 'POST') version = 0
    const reply = replies.shift() ?? {
      status: call.method === 'POST' ? 201 : 200,
      body: {
        draft: { ...created, state: (call.body as { state: unknown })?.state, version: ++version, updatedAt: 'x' },
      },
    }
    if (reply === 'network') throw new TypeError('Failed to fetch')
    if (reply.hold) await reply.hold
    return new Response(reply.status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    })
  })
  return {
    fetch,
    calls,
    replies,
    puts: () => calls.filter((c) => c.method === 'PUT'),
    posts: () => calls.filter((c) => c.method === 'POST'),
    saves: () => calls.filter((c) => c.method === 'PUT' || c.method === 'POST'),
  }
}

/** The next POST creates draft d1 once the returned function is called (a save on its way until then). */
function holdCreate(server: ReturnType<typeof fakeServer>): () => void {
  let release!: () => void
  server.replies.push({
    status: 201,
    body: { draft: { id: 'd1', state: {}, version: 1, updatedAt: 'x' } },
    hold: new Promise<void>((r) => (release = r)),
  })
  return () => release()
}

function memoryStorage() {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  }
}

const at = (iso: string, title: string): CreateFlowState =>
  reduce(reduce(emptyState(iso), { type: 'start-blank' }, iso), { type: 'set-rule', field: 'title', value: title }, iso)

/** A DraftSync on a fake server; `draftId` is the account draft this device's copy already is. */
function setup({ draftId }: { draftId?: string } = {}) {
  const server = fakeServer()
  const storage = memoryStorage()
  if (draftId) storage.setItem(ID_KEY, draftId)
  const statuses: SyncStatus[] = []
  const replaced: Array<{ state: CreateFlowState; notice: MergeNotice }> = []
  const signedOut = vi.fn()
  const sync = new DraftSync({
    fetch: server.fetch,
    api: () => 'https://cr.example',
    storage,
    onStatus: (s) => statuses.push(s),
    onReplace: (state, notice) => replaced.push({ state, notice }),
    onSignedOut: signedOut,
  })
  return { sync, server, storage, statuses, replaced, signedOut }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-01-01T12:00:00.000Z'))
})
afterEach(() => vi.useRealTimers())

const title = (call: { body?: unknown }) => (call.body as { state: CreateFlowState }).state.document.title

describe('DraftSync', () => {
  it('saves every change locally, and only locally while signed out', () => {
    const { sync, server, storage } = setup()
    const s = at('2026-01-01T12:00:00.000Z', 'A')
    sync.update(s)
    expect(JSON.parse(storage.map.get(LOCAL_KEY)!)).toEqual(s)
    expect(sync.readLocal()).toEqual(s)
    vi.advanceTimersByTime(5000)
    expect(server.calls).toHaveLength(0)
    expect(sync.status).toBe('local')
  })

  it('ignores a corrupt local copy', () => {
    const { sync, storage } = setup()
    storage.setItem(LOCAL_KEY, '{not json')
    expect(sync.readLocal()).toBeNull()
    storage.setItem(LOCAL_KEY, JSON.stringify({ step: 'bogus' }))
    expect(sync.readLocal()).toBeNull()
  })

  it('the first save creates a draft in the account (POST), later ones PUT it with If-Match, debounced (~800 ms)', async () => {
    const { sync, server, storage } = setup()
    await sync.reconcile(null)
    expect(server.calls).toHaveLength(0) // nothing to fetch: this device's copy is in no account yet
    for (const t of ['a', 'ab', 'abc']) {
      sync.update(at(new Date().toISOString(), t))
      vi.advanceTimersByTime(300)
    }
    expect(server.saves()).toHaveLength(0)
    expect(sync.status).toBe('saving')
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    const [post] = server.posts()
    expect(server.saves()).toHaveLength(1)
    expect(post!.url).toBe('https://cr.example/api/drafts')
    expect(post!.headers['if-match']).toBeUndefined()
    expect(post!.headers['content-type']).toBe('application/json')
    expect(post!.credentials).toBe('include')
    expect(title(post!)).toBe('abc')
    expect([sync.draftId, storage.getItem(ID_KEY), sync.version]).toEqual(['d1', 'd1', 1])
    sync.update(at(new Date().toISOString(), 'abcd'))
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    const [put] = server.puts()
    expect(put!.url).toBe('https://cr.example/api/drafts/d1')
    expect(put!.headers['if-match']).toBe('1')
    expect(title(put!)).toBe('abcd')
    expect(sync.status).toBe('saved')
    expect(sync.version).toBe(2)
  })

  it('an empty flow (e.g. "start another" after publishing) never creates a draft in the account', async () => {
    const { sync, server } = setup()
    await sync.reconcile(null)
    sync.update(emptyState(new Date().toISOString()))
    await vi.advanceTimersByTimeAsync(5000)
    expect(server.calls).toHaveLength(0)
    expect(sync.readLocal()).not.toBeNull()
  })

  it('never has two saves in flight; changes made meanwhile go in the next one', async () => {
    const { sync, server } = setup()
    await sync.reconcile(null)
    const release = holdCreate(server)
    sync.update(at(new Date().toISOString(), 'one'))
    await vi.advanceTimersByTimeAsync(800)
    sync.update(at(new Date().toISOString(), 'two'))
    await vi.advanceTimersByTimeAsync(800)
    expect(server.saves()).toHaveLength(1)
    release()
    await vi.advanceTimersByTimeAsync(0)
    await sync.settle()
    // Exactly one draft was created; the change made meanwhile went to it.
    expect(server.posts()).toHaveLength(1)
    expect(server.puts()).toHaveLength(1)
    expect(server.puts()[0]!.url).toBe('https://cr.example/api/drafts/d1')
    expect(server.puts()[0]!.headers['if-match']).toBe('1')
    expect(title(server.puts()[0]!)).toBe('two')
  })

  it('published while its first save is on its way: the draft that save creates is deleted, not left in the account', async () => {
    const { sync, server, storage } = setup()
    await sync.reconcile(null)
    const release = holdCreate(server)
    sync.update(at(new Date().toISOString(), 'about to be published'))
    await vi.advanceTimersByTimeAsync(800)
    expect(server.posts()).toHaveLength(1)
    // The rule is published before the account answers: no draft id was known yet.
    expect(sync.finish()).toBeNull()
    release()
    await vi.advanceTimersByTimeAsync(0)
    await sync.settle()
    expect(server.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'POST https://cr.example/api/drafts',
      'DELETE https://cr.example/api/drafts/d1',
    ])
    expect(sync.draftId).toBeNull()
    expect(storage.map.has(ID_KEY)).toBe(false)
  })

  it('goes offline on network errors and retries with exponential backoff until it works', async () => {
    const { sync, server, statuses } = setup()
    await sync.reconcile(null)
    server.replies.push('network', 'network', 'network')
    sync.update(at(new Date().toISOString(), 'x'))
    await vi.advanceTimersByTimeAsync(800)
    expect(sync.status).toBe('offline')
    expect(sync.retryInMs).toBe(1000)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sync.retryInMs).toBe(2000)
    await vi.advanceTimersByTimeAsync(2000)
    expect(sync.retryInMs).toBe(4000)
    expect(server.saves()).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(3999)
    expect(server.saves()).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(1)
    await sync.settle()
    expect(server.saves()).toHaveLength(4)
    expect(server.posts()).toHaveLength(4) // never created: every try was a create
    expect(sync.status).toBe('saved')
    expect(statuses).toContain('offline')
    expect(sync.readLocal()!.document.title).toBe('x')
  })

  it('shows failed and backs off on 5xx; "try again now" retries at once', async () => {
    const { sync, server } = setup()
    await sync.reconcile(null)
    server.replies.push({ status: 503, body: { error: { code: 'unavailable', message: 'Down' } } })
    sync.update(at(new Date().toISOString(), 'x'))
    await vi.advanceTimersByTimeAsync(800)
    expect(sync.status).toBe('failed')
    expect(sync.message).toMatch(/trying again in 1 s/)
    await sync.retryNow()
    expect(sync.status).toBe('saved')
    expect(server.saves()).toHaveLength(2)
  })

  it('explains 413 and a full account in plain words and does not retry them', async () => {
    const { sync, server } = setup()
    await sync.reconcile(null)
    server.replies.push({ status: 413, body: { error: { code: 'payload_too_large', message: 'Too large' } } })
    sync.update(at(new Date().toISOString(), 'x'))
    await vi.advanceTimersByTimeAsync(800)
    expect(sync.status).toBe('failed')
    expect(sync.message).toMatch(/too large .*512 KB.*still saved on this device/)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(server.saves()).toHaveLength(1)
    server.replies.push({ status: 409, body: { error: { code: 'too_many_drafts', message: 'You have 50 drafts.' } } })
    sync.update(at(new Date().toISOString(), 'y'))
    await vi.advanceTimersByTimeAsync(800)
    expect(sync.message).toBe(
      'Your account copy could not be saved: You have 50 drafts. Your work is still saved on this device.',
    )
    await vi.advanceTimersByTimeAsync(60_000)
    expect(server.saves()).toHaveLength(2)
  })

  it('412 with a newer server draft: the server copy replaces local state and the local copy is kept for undo', async () => {
    const { sync, server, replaced } = setup({ draftId: 'd7' })
    const mine = at('2026-01-01T12:00:00.000Z', 'mine')
    const theirs = at('2026-01-01T12:00:05.000Z', 'theirs')
    server.replies.push({
      status: 412,
      body: {
        error: { code: 'draft_conflict', message: 'Stale' },
        details: [{ draft: { id: 'd7', state: theirs, version: 9, updatedAt: theirs.updatedAt } }],
      },
    })
    sync.signedIn = true
    sync.update(mine)
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    expect(server.puts()[0]!.url).toBe('https://cr.example/api/drafts/d7')
    expect(replaced).toHaveLength(1)
    expect(replaced[0]!.state).toEqual(theirs)
    expect(replaced[0]!.notice.other).toEqual(mine)
    expect(sync.version).toBe(9)
    expect(sync.readLocal()).toEqual(theirs)
    expect(server.saves()).toHaveLength(1)
    // one-click undo: "mine" comes back as the newest copy and is written over version 9
    const restored = sync.restore(replaced[0]!.notice.other, '2026-01-01T12:01:00.000Z')
    expect(restored.document.title).toBe('mine')
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    expect(server.puts()[1]!.headers['if-match']).toBe('9')
    expect(title(server.puts()[1]!)).toBe('mine')
  })

  it('428 (no version known on this device): fetches the account copy, and ours, newer, is saved over it', async () => {
    const { sync, server, replaced } = setup({ draftId: 'd7' })
    const older = at('2026-01-01T11:00:00.000Z', 'account copy')
    const mine = at('2026-01-01T12:00:00.000Z', 'mine')
    server.replies.push(
      { status: 428, body: { error: { code: 'if_match_required', message: 'Send If-Match' } } },
      { status: 200, body: { draft: { id: 'd7', state: older, version: 4, updatedAt: older.updatedAt } } },
    )
    sync.signedIn = true
    sync.update(mine)
    await vi.advanceTimersByTimeAsync(800)
    for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(10)
    await sync.settle()
    expect(server.calls.map((call) => call.method)).toEqual(['PUT', 'GET', 'PUT'])
    expect(server.puts()[0]!.headers['if-match']).toBeUndefined()
    expect(server.puts()[1]!.headers['if-match']).toBe('4')
    expect(title(server.puts()[1]!)).toBe('mine')
    expect(replaced).toHaveLength(0)
    expect(sync.status).toBe('saved')
  })

  it('412 with an older server draft: ours wins and is rewritten with the new version', async () => {
    const { sync, server, replaced } = setup({ draftId: 'd7' })
    const old = at('2026-01-01T11:00:00.000Z', 'old')
    server.replies.push({
      status: 412,
      body: { error: { code: 'draft_conflict', message: 'Stale' }, details: { draft: { state: old, version: 4 } } },
    })
    sync.signedIn = true
    sync.update(at('2026-01-01T12:00:00.000Z', 'new'))
    await vi.advanceTimersByTimeAsync(800)
    for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(10)
    await sync.settle()
    expect(replaced).toHaveLength(0)
    expect(server.puts()).toHaveLength(2)
    expect(server.puts()[1]!.headers['if-match']).toBe('4')
    expect(sync.status).toBe('saved')
  })

  it('a draft deleted elsewhere (404): what was typed becomes a new draft, nothing lost', async () => {
    const { sync, server } = setup({ draftId: 'gone' })
    sync.signedIn = true
    server.replies.push({ status: 404, body: { error: { code: 'draft_not_found', message: 'Not here' } } })
    sync.update(at(new Date().toISOString(), 'kept'))
    await vi.advanceTimersByTimeAsync(800)
    for (let i = 0; i < 3; i++) await vi.advanceTimersByTimeAsync(10)
    await sync.settle()
    expect(server.saves().map((c) => `${c.method} ${c.url}`)).toEqual([
      'PUT https://cr.example/api/drafts/gone',
      'POST https://cr.example/api/drafts',
    ])
    expect(title(server.posts()[0]!)).toBe('kept')
    expect(sync.draftId).toBe('d1')
  })

  it('an amendment already in progress in the account (409): continues that draft, the newer copy winning', async () => {
    const { sync, server, replaced } = setup()
    await sync.reconcile(null)
    const older = at('2026-01-01T11:00:00.000Z', 'older amendment')
    server.replies.push({
      status: 409,
      body: {
        error: { code: 'amendment_draft_exists', message: 'In progress' },
        details: [{ draft: { id: 'a1', state: older, version: 3, updatedAt: older.updatedAt } }],
      },
    })
    sync.update(at('2026-01-01T12:00:00.000Z', 'newer amendment'))
    await vi.advanceTimersByTimeAsync(800)
    for (let i = 0; i < 3; i++) await vi.advanceTimersByTimeAsync(10)
    await sync.settle()
    expect(replaced).toHaveLength(0)
    expect(server.puts()[0]!.url).toBe('https://cr.example/api/drafts/a1')
    expect(server.puts()[0]!.headers['if-match']).toBe('3')
    expect(title(server.puts()[0]!)).toBe('newer amendment')
    expect(sync.draftId).toBe('a1')
  })

  it('detach leaves the open draft saved in the account, and the next change starts another', async () => {
    const { sync, server } = setup()
    await sync.reconcile(null)
    const first = at(new Date().toISOString(), 'first')
    sync.update(first)
    // Detaching saves what is pending first (no waiting for the debounce).
    expect(await sync.detach(first)).toBe(true)
    expect(title(server.posts()[0]!)).toBe('first')
    expect(sync.draftId).toBeNull()
    sync.update(at(new Date().toISOString(), 'second'))
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    expect(server.posts().map(title)).toEqual(['first', 'second'])
    expect(sync.draftId).toBe('d2')
    // Offline: it cannot be saved first, so it stays the open draft.
    server.replies.push('network')
    const third = at(new Date().toISOString(), 'third')
    sync.update(third)
    expect(await sync.detach(third)).toBe(false)
    expect(sync.draftId).toBe('d2')
    // Signed out, unsaved work is never detached from; an empty flow always may be.
    sync.signOut()
    expect(await sync.detach(third)).toBe(false)
    expect(await sync.detach(emptyState(new Date().toISOString()))).toBe(false)
    expect(await setup().sync.detach(emptyState(new Date().toISOString()))).toBe(true)
  })

  it('forgets this device’s copy of a draft deleted from the account page, and only that one', () => {
    const { storage } = setup({ draftId: 'd1' })
    storage.setItem(LOCAL_KEY, JSON.stringify(at(new Date().toISOString(), 'x')))
    forgetLocalDraft(storage, 'd2')
    expect(storage.getItem(LOCAL_KEY)).not.toBeNull()
    forgetLocalDraft(storage, 'd1')
    expect([storage.getItem(LOCAL_KEY), storage.getItem(ID_KEY)]).toEqual([null, null])
  })

  it('finds the server draft in the documented 412 shapes', () => {
    const state = at('2026-01-01T11:00:00.000Z', 'x')
    for (const details of [
      [{ draft: { state, version: 2 } }],
      { draft: { state, version: 2 } },
      [{ state, version: 2 }],
    ]) {
      expect(draftFromDetails(details)).toMatchObject({ version: 2, state })
    }
    expect(draftFromDetails([{ path: 'x', message: 'y' }])).toBeNull()
  })

  describe('reconcile on load / sign-in: newer updatedAt wins, the other copy is kept for undo', () => {
    const reply = (state: CreateFlowState, version = 3) => ({
      status: 200,
      body: { draft: { id: 'd9', state, version, updatedAt: state.updatedAt } },
    })

    it('server newer → server copy shown, local kept in the notice', async () => {
      const { sync, server } = setup({ draftId: 'd9' })
      const local = at('2026-01-01T10:00:00.000Z', 'local')
      const remote = at('2026-01-01T11:00:00.000Z', 'remote')
      server.replies.push(reply(remote))
      const result = await sync.reconcile(local)
      expect(server.calls[0]!.url).toBe('https://cr.example/api/drafts/d9')
      expect(result.state).toEqual(remote)
      expect(result.notice).toMatchObject({ kind: 'server', other: local })
      expect(sync.readLocal()).toEqual(remote)
      await vi.advanceTimersByTimeAsync(5000)
      expect(server.saves()).toHaveLength(0)
    })

    it('local newer → local kept and pushed over the server version, server copy in the notice', async () => {
      const { sync, server } = setup({ draftId: 'd9' })
      const local = at('2026-01-01T11:00:00.000Z', 'local')
      const remote = at('2026-01-01T10:00:00.000Z', 'remote')
      server.replies.push(reply(remote))
      const result = await sync.reconcile(local)
      expect(result.state).toEqual(local)
      expect(result.notice).toMatchObject({ kind: 'local', other: remote })
      await vi.advanceTimersByTimeAsync(800)
      await sync.settle()
      expect(server.puts()[0]!.headers['if-match']).toBe('3')
    })

    it('an empty local copy never beats the account copy', async () => {
      const { sync, server } = setup({ draftId: 'd9' })
      const remote = at('2026-01-01T10:00:00.000Z', 'remote')
      server.replies.push(reply(remote))
      expect(await sync.reconcile(emptyState('2026-01-01T12:00:00.000Z'))).toEqual({ state: remote })
    })

    it('the account copy is gone (deleted elsewhere) → this device’s copy becomes a new draft', async () => {
      const { sync, server } = setup({ draftId: 'd9' })
      server.replies.push({ status: 404, body: { error: { code: 'draft_not_found', message: 'Not here' } } })
      const local = at('2026-01-01T11:00:00.000Z', 'local')
      expect(await sync.reconcile(local)).toEqual({ state: local })
      await vi.advanceTimersByTimeAsync(800)
      await sync.settle()
      expect(title(server.posts()[0]!)).toBe('local')
    })

    it('401 → signed out, local work kept', async () => {
      const { sync, server, signedOut } = setup({ draftId: 'd9' })
      server.replies.push({ status: 401, body: { error: { code: 'unauthorized', message: 'Sign in' } } })
      const local = at('2026-01-01T11:00:00.000Z', 'local')
      expect(await sync.reconcile(local)).toEqual({ state: local })
      expect(signedOut).toHaveBeenCalled()
      expect(sync.signedIn).toBe(false)
      expect(sync.status).toBe('local')
    })
  })
})
