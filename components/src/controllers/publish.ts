import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { AmendRuleBody, PublishRuleBody } from '@communityrule/core/schema/api'
import type { AmendingRule } from '@communityrule/core/schema'
import type { ApiController, ApiError } from './api-client'
import { clearPublishKey, publishKey, readPublished, writePublished, type PublishedRef } from '../state/publish'

export type PublishPhase = 'idle' | 'publishing' | 'failed'

/**
 * Publishes a rule (POST /api/rules) or an amendment of one (POST /api/rules/:id/versions, If-Match:
 * the version amended) and waits for its page to go live. A task in the manner of
 * `@lit/task` (status pending → complete | error, the host re-rendered on each change), written out
 * because the library's ~0.8 KB gzip would leave /create/ at 29.6 of its 30 KB budget.
 * Owns the Idempotency-Key (reused by retries and double clicks until the request succeeds, a new one
 * when the body changes: state/publish.ts) and the rule just published (kept across reloads so the
 * done step can be shown again). The host re-renders on every change.
 */
export class PublishController implements ReactiveController {
  /** The rule just published, or null. */
  published: PublishedRef | null = null
  private status: 'initial' | 'pending' | 'complete' | 'error' = 'initial'
  private error: ApiError | null = null
  private polling = false

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly client: ApiController,
    /** Called once the rule's page is live. */
    private readonly onLive: () => void,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    this.published = readPublished()
  }

  /** 'publishing' while the request is on its way; 'failed' after an error other than "signed out". */
  get phase(): PublishPhase {
    if (this.status === 'pending') return 'publishing'
    return this.status === 'error' && this.error?.status !== 401 ? 'failed' : 'idle'
  }

  get busy(): boolean {
    return this.status === 'pending'
  }

  /** Publishes once however often it is called; resolves with the rule, rejects with an `ApiError`. */
  async publish(body: PublishRuleBody | AmendRuleBody, amend?: AmendingRule): Promise<PublishedRef> {
    this.status = 'pending'
    this.error = null
    this.host.requestUpdate()
    try {
      const rule = await this.post(body, amend)
      this.status = 'complete'
      void this.waitForLive(rule)
      return rule
    } catch (err) {
      this.status = 'error'
      this.error = err as ApiError
      throw err
    } finally {
      this.host.requestUpdate()
    }
  }

  private async post(body: object, amend?: AmendingRule): Promise<PublishedRef> {
    const json = JSON.stringify(body)
    try {
      const { rule } = await this.client.request<{ rule: PublishedRef }>(
        amend ? `/api/rules/${amend.rule}/versions` : '/api/rules',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': publishKey(json),
            ...(amend ? { 'if-match': String(amend.version) } : {}),
          },
          body: json,
        },
      )
      clearPublishKey()
      // An amendment's answer has no `live`: its new version is not built yet either.
      const ref: PublishedRef = { ...rule, live: Boolean(rule.live) }
      this.published = writePublished(ref)
      return ref
    } catch (err) {
      if ((err as ApiError).code === 'idempotency_mismatch') clearPublishKey()
      throw err
    }
  }

  /** Polls GET /api/rules/:id until the static page is built (`live: true`), for up to a minute. */
  async waitForLive(rule: PublishedRef): Promise<void> {
    if (this.polling) return
    this.polling = true
    let delay = 400
    const deadline = Date.now() + 60_000
    try {
      while (this.host.isConnected && Date.now() < deadline) {
        try {
          const { rule: current } = await this.client.request<{ rule: PublishedRef }>(
            `/api/rules/${encodeURIComponent(rule.id)}`,
          )
          if (current.live) {
            this.published = writePublished({ ...rule, ...current, live: true })
            this.host.requestUpdate()
            this.onLive()
            return
          }
        } catch {
          // keep polling: the page build or the network may be slow
        }
        await new Promise((r) => setTimeout(r, delay))
        delay = Math.min(delay * 1.5, 3000)
      }
      if (this.published) this.published = { ...this.published, timedOut: true }
      this.host.requestUpdate()
    } finally {
      this.polling = false
    }
  }

  /** Forgets the published rule (to start another). */
  forget(): void {
    this.published = writePublished(null)
    this.host.requestUpdate()
  }
}
