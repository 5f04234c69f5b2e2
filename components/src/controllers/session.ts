import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { ApiController } from './api-client'
import { emit } from '../events'

export type Member = { id: string; email: string; displayName?: string | null }

/** One GET /api/auth/session per API base and page, shared by every element that asks. */
const cache = new Map<string, Promise<Member | null>>()

/** Announces sign-in/out to every CommunityRule element on the page. */
export function announceSession(user: Member | null, from: EventTarget): void {
  cache.clear()
  if (user) emit(from, 'cr-signed-in', { user })
  else emit(from, 'cr-signed-out', { user })
  if (from !== window) window.dispatchEvent(new CustomEvent('cr-session-changed', { detail: { user } }))
}

/**
 * Knows who is signed in: `user` is undefined while loading, null when anonymous.
 * Follows sign-in/out announced by any element on the page.
 */
export class SessionController implements ReactiveController {
  user: Member | null | undefined = undefined
  /** True when the session could not be checked (offline); `user` is then null. */
  unknown = false
  private readonly client: ApiController
  private readonly follow = (event: Event) => this.set((event as CustomEvent<{ user: Member | null }>).detail.user)

  constructor(
    private readonly host: ReactiveControllerHost & { api?: string },
    private readonly onChange?: (user: Member | null) => void,
  ) {
    this.client = new ApiController(host)
    host.addController(this)
  }

  hostConnected(): void {
    addEventListener('cr-session-changed', this.follow)
    void this.load()
  }

  hostDisconnected(): void {
    removeEventListener('cr-session-changed', this.follow)
  }

  async load(): Promise<void> {
    const key = this.client.base
    if (!cache.has(key)) {
      cache.set(
        key,
        this.client.request<{ user: Member | null }>('/api/auth/session').then(
          (body) => body.user ?? null,
          () => {
            cache.delete(key)
            this.unknown = true
            return null
          },
        ),
      )
    }
    this.set(await cache.get(key)!)
  }

  set(user: Member | null): void {
    const changed = this.user !== user
    this.user = user
    this.host.requestUpdate()
    if (changed) this.onChange?.(user)
  }
}
