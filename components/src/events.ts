import type { RuleTemplate } from '@communityrule/core/schema/api'
import type { Member } from './controllers/session'
import type { PublishedRef } from './state/publish'

/** The `detail` of every event a CommunityRule element fires (all bubble and are composed). */
export interface CrEventDetails {
  /** `<cr-create-flow>`: the rule was created (its page may still be building: see `rule.live`). */
  'cr-published': { rule: PublishedRef }
  /** `<cr-template-picker>`: a template card was chosen. */
  'cr-template-chosen': { template: RuleTemplate }
  /** `<cr-sign-in>` (re-fired by the elements that contain it): the code was accepted. */
  'cr-signed-in': { user: Member }
  /** `<cr-session-nav>`, `<cr-account>`: the member signed out. */
  'cr-signed-out': { user: null }
}

declare global {
  interface HTMLElementEventMap {
    'cr-published': CustomEvent<CrEventDetails['cr-published']>
    'cr-template-chosen': CustomEvent<CrEventDetails['cr-template-chosen']>
    'cr-signed-in': CustomEvent<CrEventDetails['cr-signed-in']>
    'cr-signed-out': CustomEvent<CrEventDetails['cr-signed-out']>
  }
}

/** Fires a typed CommunityRule event from `from` (bubbling and composed, so pages can listen on `document`). */
export function emit<K extends keyof CrEventDetails>(from: EventTarget, type: K, detail: CrEventDetails[K]): boolean {
  return from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
}
