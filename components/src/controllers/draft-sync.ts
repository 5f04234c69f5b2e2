import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { DraftSync, type DraftSyncOptions } from '../state/draft-sync'

/**
 * Adapts DraftSync to a Lit host: re-renders on status changes and retries as soon as the browser
 * reports it is back online.
 */
export class DraftSyncController extends DraftSync implements ReactiveController {
  private readonly retryWhenOnline = () => void this.retryNow()

  constructor(
    host: ReactiveControllerHost & { api?: string },
    options: Pick<DraftSyncOptions, 'onReplace' | 'onSignedOut'>,
  ) {
    super({
      fetch: (input, init) => fetch(input, init),
      api: () => host.api ?? '',
      storage: (() => {
        try {
          return globalThis.localStorage ?? null
        } catch {
          return null
        }
      })(),
      onStatus: () => host.requestUpdate(),
      ...options,
    })
    host.addController(this)
  }

  hostConnected(): void {
    addEventListener('online', this.retryWhenOnline)
  }

  hostDisconnected(): void {
    removeEventListener('online', this.retryWhenOnline)
    this.dispose()
  }
}
