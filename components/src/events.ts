import type { Module } from '@communityrule/core/schema'
import type { RuleTemplate } from '@communityrule/core/schema/api'
import type { Member } from './controllers/session'
import type { PublishedRef } from './state/publish'

/** The `detail` of every event a CommunityRule element fires (all bubble and are composed). */
export interface CrEventDetails {
  /** `<cr-create-flow>`: the rule was created (its page may still be building: see `rule.live`). */
  'cr-published': { rule: PublishedRef }
  /** `<cr-template-picker>`: a template card was chosen. */
  'cr-template-chosen': { template: RuleTemplate }
  /** `<cr-method-library>`: a library method was added to, or removed from, the section. */
  'cr-method-toggled': { module: Module }
  /** `<cr-method-library>`: the community's own method (checked by the library's schema) was added. */
  'cr-own-method-added': { module: Module }
  /** `<cr-sign-in>` (re-fired by the elements that contain it): the code was accepted. */
  'cr-signed-in': { user: Member }
  /** `<cr-change-email>`: the member's new address is confirmed (their sessions stay). */
  'cr-email-changed': { email: string }
  /** `<cr-session-nav>`, `<cr-account>`: the member signed out. */
  'cr-signed-out': { user: null }
}

declare global {
  interface HTMLElementEventMap {
    'cr-published': CustomEvent<CrEventDetails['cr-published']>
    'cr-template-chosen': CustomEvent<CrEventDetails['cr-template-chosen']>
    'cr-method-toggled': CustomEvent<CrEventDetails['cr-method-toggled']>
    'cr-own-method-added': CustomEvent<CrEventDetails['cr-own-method-added']>
    'cr-signed-in': CustomEvent<CrEventDetails['cr-signed-in']>
    'cr-signed-out': CustomEvent<CrEventDetails['cr-signed-out']>
    'cr-email-changed': CustomEvent<CrEventDetails['cr-email-changed']>
  }
}

/** Fires a typed CommunityRule event from `from` (bubbling and composed, so pages can listen on `document`). */
export function emit<K extends keyof CrEventDetails>(from: EventTarget, type: K, detail: CrEventDetails[K]): boolean {
  return from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
}
