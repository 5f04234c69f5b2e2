import type { ReactiveController, ReactiveControllerHost } from 'lit'

/**
 * A part of an element that is downloaded on first use (a separate chunk, see components/build.mjs):
 * `value` is undefined until it has loaded, then the host re-renders. A failed download (offline,
 * server restarting) of a part the host asked for is remembered as `failed` so the host can say so
 * and offer `retry()`; a failed `prefetch()` is silent, and the next `load()` fetches again.
 */
export class LazyModuleController<T> implements ReactiveController {
  value: T | undefined = undefined
  failed = false
  private loading: Promise<T> | null = null
  /** Whether the host asked for it (not only prefetched it): only then is a failure shown. */
  private wanted = false
  private prefetched = false

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {
    host.addController(this)
  }

  hostConnected(): void {}

  /** Starts the download once; resolves with the module (rejects when the download failed). */
  load(): Promise<T> {
    this.wanted = true
    return this.fetch()
  }

  /** Downloads ahead of need (e.g. the next step's part while this step is shown); tried once. */
  prefetch(): void {
    if (this.prefetched || this.value) return
    this.prefetched = true
    this.fetch().catch(() => undefined)
  }

  /** The module if it has loaded; otherwise starts loading it (unless the last try failed) and returns undefined. */
  get(): T | undefined {
    if (!this.value && !this.failed) this.load().catch(() => undefined)
    return this.value
  }

  /** Tries a failed download again. */
  retry(): void {
    this.failed = false
    this.load().catch(() => undefined)
  }

  private fetch(): Promise<T> {
    this.loading ??= this.importer().then(
      (module) => {
        this.value = module
        this.failed = false
        this.host.requestUpdate()
        return module
      },
      (err: unknown) => {
        this.loading = null
        if (this.wanted) {
          this.failed = true
          this.host.requestUpdate()
        }
        throw err
      },
    )
    return this.loading
  }
}
