import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyState, reduce, type CreateFlowState } from '../../components/src/state/create-flow'
import {
  DraftSync,
  LOCAL_KEY,
  draftFromDetails,
  type MergeNotice,
  type SyncStatus,
} from '../../components/src/state/draft-sync'

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
    const reply = replies.shift() ?? {
      status: 200,
      body: { draft: { state: (call.body as { state: unknown })?.state, version: ++version, updatedAt: 'x' } },
    }
    if (reply === 'network') throw new TypeError('Failed to fetch')
    if (reply.hold) await reply.hold
    return new Response(reply.status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    })
  })
  return { fetch, calls, replies, puts: () => calls.filter((c) => c.method === 'PUT') }
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

function setup() {
  const server = fakeServer()
  const storage = memoryStorage()
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

  it('debounces PUTs (~800 ms), sends If-Match with the known version, JSON and credentials', async () => {
    const { sync, server } = setup()
    server.replies.push({
      status: 200,
      body: { draft: { state: at('2026-01-01T11:00:00.000Z', 'server'), version: 7, updatedAt: 'x' } },
    })
    await sync.reconcile(null)
    expect(sync.version).toBe(7)
    for (const title of ['a', 'ab', 'abc']) {
      sync.update(at(new Date().toISOString(), title))
      vi.advanceTimersByTime(300)
    }
    expect(server.puts()).toHaveLength(0)
    expect(sync.status).toBe('saving')
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    const [put] = server.puts()
    expect(server.puts()).toHaveLength(1)
    expect(put!.url).toBe('https://cr.example/api/drafts/me')
    expect(put!.headers['if-match']).toBe('7')
    expect(put!.headers['content-type']).toBe('application/json')
    expect(put!.credentials).toBe('include')
    expect((put!.body as { state: CreateFlowState }).state.document.title).toBe('abc')
    expect(sync.status).toBe('saved')
    expect(sync.version).toBe(1)
  })

  it('never has two PUTs in flight; changes made meanwhile go in the next one', async () => {
    const { sync, server } = setup()
    await sync.reconcile(null) // no server draft
    let release!: () => void
    server.replies.push({
      status: 200,
      body: { draft: { state: {}, version: 1, updatedAt: 'x' } },
      hold: new Promise<void>((r) => (release = r)),
    })
    sync.update(at(new Date().toISOString(), 'one'))
    await vi.advanceTimersByTimeAsync(800)
    sync.update(at(new Date().toISOString(), 'two'))
    await vi.advanceTimersByTimeAsync(800)
    expect(server.puts()).toHaveLength(1)
    release()
    await vi.advanceTimersByTimeAsync(0)
    await sync.settle()
    expect(server.puts()).toHaveLength(2)
    expect(server.puts()[1]!.headers['if-match']).toBe('1')
    expect((server.puts()[1]!.body as { state: CreateFlowState }).state.document.title).toBe('two')
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
    expect(server.puts()).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(3999)
    expect(server.puts()).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(1)
    await sync.settle()
    expect(server.puts()).toHaveLength(4)
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
    expect(server.puts()).toHaveLength(2)
  })

  it('explains 413 in plain words and does not retry it', async () => {
    const { sync, server } = setup()
    await sync.reconcile(null)
    server.replies.push({ status: 413, body: { error: { code: 'payload_too_large', message: 'Too large' } } })
    sync.update(at(new Date().toISOString(), 'x'))
    await vi.advanceTimersByTimeAsync(800)
    expect(sync.status).toBe('failed')
    expect(sync.message).toMatch(/too large .*512 KB.*still saved on this device/)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(server.puts()).toHaveLength(1)
  })

  it('412 with a newer server draft: the server copy replaces local state and the local copy is kept for undo', async () => {
    const { sync, server, replaced } = setup()
    await sync.reconcile(null)
    const mine = at('2026-01-01T12:00:00.000Z', 'mine')
    const theirs = at('2026-01-01T12:00:05.000Z', 'theirs')
    server.replies.push({
      status: 412,
      body: {
        error: { code: 'draft_conflict', message: 'Stale' },
        details: [{ draft: { state: theirs, version: 9, updatedAt: theirs.updatedAt } }],
      },
    })
    sync.update(mine)
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    expect(replaced).toHaveLength(1)
    expect(replaced[0]!.state).toEqual(theirs)
    expect(replaced[0]!.notice.other).toEqual(mine)
    expect(sync.version).toBe(9)
    expect(sync.readLocal()).toEqual(theirs)
    expect(server.puts()).toHaveLength(1)
    // one-click undo: "mine" comes back as the newest copy and is written over version 9
    const restored = sync.restore(replaced[0]!.notice.other, '2026-01-01T12:01:00.000Z')
    expect(restored.document.title).toBe('mine')
    await vi.advanceTimersByTimeAsync(800)
    await sync.settle()
    expect(server.puts()[1]!.headers['if-match']).toBe('9')
    expect((server.puts()[1]!.body as { state: CreateFlowState }).state.document.title).toBe('mine')
  })

  it('412 with an older server draft: ours wins and is rewritten with the new version', async () => {
    const { sync, server, replaced } = setup()
    await sync.reconcile(null)
    const old = at('2026-01-01T11:00:00.000Z', 'old')
    server.replies.push({
      status: 412,
      body: { error: { code: 'draft_conflict', message: 'Stale' }, details: { draft: { state: old, version: 4 } } },
    })
    sync.update(at('2026-01-01T12:00:00.000Z', 'new'))
    await vi.advanceTimersByTimeAsync(800)
    for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(10)
    await sync.settle()
    expect(replaced).toHaveLength(0)
    expect(server.puts()).toHaveLength(2)
    expect(server.puts()[1]!.headers['if-match']).toBe('4')
    expect(sync.status).toBe('saved')
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
    it('server newer → server copy shown, local kept in the notice', async () => {
      const { sync, server } = setup()
      const local = at('2026-01-01T10:00:00.000Z', 'local')
      const remote = at('2026-01-01T11:00:00.000Z', 'remote')
      server.replies.push({ status: 200, body: { draft: { state: remote, version: 3, updatedAt: remote.updatedAt } } })
      const result = await sync.reconcile(local)
      expect(result.state).toEqual(remote)
      expect(result.notice).toMatchObject({ kind: 'server', other: local })
      expect(sync.readLocal()).toEqual(remote)
      await vi.advanceTimersByTimeAsync(5000)
      expect(server.puts()).toHaveLength(0)
    })

    it('local newer → local kept and pushed over the server version, server copy in the notice', async () => {
      const { sync, server } = setup()
      const local = at('2026-01-01T11:00:00.000Z', 'local')
      const remote = at('2026-01-01T10:00:00.000Z', 'remote')
      server.replies.push({ status: 200, body: { draft: { state: remote, version: 3, updatedAt: remote.updatedAt } } })
      const result = await sync.reconcile(local)
      expect(result.state).toEqual(local)
      expect(result.notice).toMatchObject({ kind: 'local', other: remote })
      await vi.advanceTimersByTimeAsync(800)
      await sync.settle()
      expect(server.puts()[0]!.headers['if-match']).toBe('3')
    })

    it('only one copy → it is used without a notice; an empty local copy never beats the server', async () => {
      const { sync, server } = setup()
      const remote = at('2026-01-01T10:00:00.000Z', 'remote')
      server.replies.push({ status: 200, body: { draft: { state: remote, version: 3, updatedAt: remote.updatedAt } } })
      expect(await sync.reconcile(emptyState('2026-01-01T12:00:00.000Z'))).toEqual({ state: remote })
      server.replies.push({ status: 200, body: { draft: null } })
      const local = at('2026-01-01T11:00:00.000Z', 'local')
      expect(await sync.reconcile(local)).toEqual({ state: local })
    })

    it('401 → signed out, local work kept', async () => {
      const { sync, server, signedOut } = setup()
      server.replies.push({ status: 401, body: { error: { code: 'unauthorized', message: 'Sign in' } } })
      const local = at('2026-01-01T11:00:00.000Z', 'local')
      expect(await sync.reconcile(local)).toEqual({ state: local })
      expect(signedOut).toHaveBeenCalled()
      expect(sync.signedIn).toBe(false)
      expect(sync.status).toBe('local')
    })
  })
})
