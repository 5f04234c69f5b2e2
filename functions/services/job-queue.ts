import type { AppContext } from '../context'

/** Refreshes the queued-jobs gauge from Postgres just before /metrics is scraped. */
export function queueDepthRefresher({ payload, metrics }: AppContext) {
  return async () => {
    const result = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      limit: 1000,
      depth: 0,
      select: { queue: true },
      overrideAccess: true,
    })
    metrics.jobQueueDepth.reset()
    const counts = new Map<string, number>()
    for (const job of result.docs as Array<{ queue?: string }>) counts.set(job.queue ?? 'default', (counts.get(job.queue ?? 'default') ?? 0) + 1)
    for (const [queue, count] of counts) metrics.jobQueueDepth.set({ queue }, count)
  }
}
