import { EventEmitter } from 'node:events'

/**
 * In-process signals from CMS jobs to whoever counts them (the BFF's prom-client metrics), so the
 * CMS does not import the BFF. Correctness never depends on a listener being there.
 */
export type CrEvents = {
  'otp-email-sent': []
  'otp-email-failed': [error: string]
  /** The site build skipped one rule or template page (bad slug, invalid document, render error). */
  'site-page-failed': [failure: { kind: 'rule' | 'template'; id: string; slug: string; reason: string }]
}

export const crEvents = new EventEmitter<CrEvents>()
