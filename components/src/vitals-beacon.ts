/**
 * The only script on content pages: reports Core Web Vitals once per page view with sendBeacon.
 * The page template name comes from <body data-page="…">.
 */
import { onCLS, onFCP, onINP, onLCP, onTTFB, type Metric } from 'web-vitals'

const queue: Array<{ name: string; value: number; id: string; rating: string }> = []
const page = document.body.dataset.page || 'other'

function collect(metric: Metric): void {
  // CLS is unitless; scale it so one histogram's buckets fit every metric.
  queue.push({
    name: metric.name,
    value: metric.name === 'CLS' ? metric.value * 1000 : metric.value,
    id: metric.id,
    rating: metric.rating,
  })
}

function flush(): void {
  if (!queue.length) return
  const body = JSON.stringify({ page, metrics: queue.splice(0, 20) })
  navigator.sendBeacon('/api/web-vitals', new Blob([body], { type: 'application/json' }))
}

onCLS(collect)
onFCP(collect)
onINP(collect)
onLCP(collect)
onTTFB(collect)
addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush())
addEventListener('pagehide', flush)
