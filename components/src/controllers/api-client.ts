import type { ReactiveController, ReactiveControllerHost } from 'lit'

/** What to tell a person when a request failed: the server's message, or that it could not be reached. */
export const problemMessage = (err: Pick<ApiError, 'status' | 'message'>): string =>
  err.status === 0 ? 'We could not reach the server. Check your connection and try again.' : err.message

export type ApiError = {
  status: number
  code: string
  message: string
  /** Validation details (`[{path, message}]`), or other payloads such as the server draft of a 412. */
  details?: unknown
  retryAfterMs?: number
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

export const networkError: ApiError = {
  status: 0,
  code: 'network',
  message: 'Could not reach the server. Check your connection and try again.',
}

/**
 * One request to the BFF with the error contract of SPEC §3 turned into a thrown `ApiError`.
 * Credentials are always included so the element works embedded on an allow-listed origin;
 * bodies are JSON (the BFF's CSRF rule requires `content-type: application/json`).
 */
export async function apiRequest<T>(
  fetchFn: FetchLike,
  base: string,
  path: string,
  init: RequestInit = {},
): Promise<T> {
  let response: Response
  try {
    response = await fetchFn(`${base.replace(/\/$/, '')}${path}`, {
      credentials: 'include',
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    })
  } catch {
    throw networkError
  }
  if (response.status === 204) return undefined as T
  const body = await response.json().catch(() => ({}))
  if (!response.ok) {
    const retryAfter = Number(response.headers?.get?.('retry-after'))
    throw {
      status: response.status,
      code: body?.error?.code ?? 'unknown',
      message: body?.error?.message ?? `The server answered ${response.status}.`,
      details: body?.details,
      retryAfterMs: body?.retryAfterMs ?? body?.error?.retryAfterMs ?? (retryAfter > 0 ? retryAfter * 1000 : undefined),
    } satisfies ApiError
  }
  return body as T
}

/**
 * Talks to the BFF. `api` is the element's `api` attribute ('' = same origin), so the same element
 * works on our pages and embedded on another origin (credentials included, CORS allow-listed).
 */
export class ApiController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { api?: string }) {
    host.addController(this)
  }

  hostConnected(): void {}

  get base(): string {
    return this.host.api ?? ''
  }

  url(path: string): string {
    return `${this.base.replace(/\/$/, '')}${path}`
  }

  request<T>(path: string, init: RequestInit = {}): Promise<T> {
    return apiRequest<T>((input, options) => fetch(input, options), this.base, path, init)
  }

  /** JSON request that changes state (POST/PUT/DELETE). */
  send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.request<T>(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  }
}
