import { EventEmitter } from 'node:events'

/**
 * In-process signals from CMS jobs to whoever counts them (the BFF's prom-client metrics), so the
 * CMS does not import the BFF. Correctness never depends on a listener being there.
 */
export type CrEvents = {
  'otp-email-sent': []
  'otp-email-failed': [error: string]
  /** The site build skipped one rule or template page (bad slug, invalid document, render error). */
  'site-page-failed': [failure: { kind: 'rule' | 'template' | 'method'; id: string; slug: string; reason: string }]
}

export const crEvents = new EventEmitter<CrEvents>()

type PageKind = CrEvents['site-page-failed'][0]['kind']

/**
 * Remembers the pages a build skips before anything counts them (the start-up build runs before the
 * BFF and its metrics exist). Call the returned function to stop listening and get their kinds.
 */
export function collectSkippedPages(): () => PageKind[] {
  const kinds: PageKind[] = []
  const record = ({ kind }: { kind: PageKind }) => kinds.push(kind)
  crEvents.on('site-page-failed', record)
  return () => {
    crEvents.off('site-page-failed', record)
    return kinds
  }
}
