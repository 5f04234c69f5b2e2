/** prom-client registry: RED per route plus product counters. One registry per app instance. */
import client from 'prom-client'

export function createMetrics() {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry })
  const httpDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  const otpSent = new client.Counter({
    name: 'otp_emails_sent_total',
    help: 'OTP emails delivered',
    registers: [registry],
  })
  const otpFailed = new client.Counter({
    name: 'otp_emails_failed_total',
    help: 'OTP email delivery attempts that failed',
    registers: [registry],
  })
  const publishes = new client.Counter({
    name: 'rules_published_total',
    help: 'Rules published',
    registers: [registry],
  })
  const amendments = new client.Counter({
    name: 'rule_amendments_total',
    help: 'Amendments of published rules (new versions)',
    registers: [registry],
  })
  const jobQueueDepth = new client.Gauge({
    name: 'payload_jobs_queued',
    help: 'Payload jobs waiting to run, by queue',
    labelNames: ['queue'] as const,
    registers: [registry],
  })
  const jobsFailed = new client.Gauge({
    name: 'payload_jobs_failed',
    help: 'Payload jobs that failed every retry and will not run again (kept 7 days), by task',
    labelNames: ['task'] as const,
    registers: [registry],
  })
  // Rule or template pages a site build skipped (bad slug, invalid document, render error): the rest
  // of the site went live; the record needs an editor. Both series start at 0 so increase() sees the first.
  const sitePageFailures = new client.Counter({
    name: 'cr_site_page_failures_total',
    help: 'Pages the site build skipped because their rule, template or method could not be built',
    labelNames: ['kind'] as const,
    registers: [registry],
  })
  for (const kind of ['rule', 'template', 'method'] as const) sitePageFailures.inc({ kind }, 0)
  const webVitals = new client.Histogram({
    name: 'web_vitals',
    help: 'Real-user web vitals by metric and page template (ms; CLS unitless ×1000)',
    labelNames: ['metric', 'page', 'rating'] as const,
    buckets: [50, 100, 200, 400, 800, 1200, 1800, 2500, 4000, 6000, 10000],
    registers: [registry],
  })
  return {
    registry,
    httpDuration,
    otpSent,
    otpFailed,
    publishes,
    amendments,
    jobQueueDepth,
    jobsFailed,
    webVitals,
    sitePageFailures,
  }
}

export type Metrics = ReturnType<typeof createMetrics>
