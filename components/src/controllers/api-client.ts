import type { ReactiveController, ReactiveControllerHost } from 'lit'

export type ApiError = { status: number; code: string; message: string; details?: Array<{ path: string; message: string }>; retryAfterMs?: number }

/**
 * Talks to the BFF. `api` is the element's `api` attribute ('' = same origin), so the same element
 * works on our pages and embedded on another origin (credentials included, CORS allow-listed).
 */
export class ApiController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & { api?: string },
  ) {
    host.addController(this)
  }

  hostConnected(): void {}

  url(path: string): string {
    return `${(this.host.api ?? '').replace(/\/$/, '')}${path}`
  }

  async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response
    try {
      response = await fetch(this.url(path), {
        credentials: 'include',
        ...init,
        headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      })
    } catch {
      throw { status: 0, code: 'network', message: 'Could not reach the server. Check your connection and try again.' } satisfies ApiError
    }
    if (response.status === 204) return undefined as T
    const body = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw {
        status: response.status,
        code: body?.error?.code ?? 'unknown',
        message: body?.error?.message ?? `The server answered ${response.status}.`,
        details: body?.details,
        retryAfterMs: body?.retryAfterMs,
      } satisfies ApiError
    }
    return body as T
  }
}
