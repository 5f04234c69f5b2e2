/** Where the create flow keeps this device's copy of the open draft (see ./draft-sync.ts). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const LOCAL_KEY = 'cr:create-flow'
/** Next to the local copy: the id of the account draft it is (absent until first saved there). */
export const idKey = (key: string) => `${key}:draft`

/** The BFF's address of one of the member's drafts (functions/routes/drafts.ts). */
export const draftUrl = (id: string) => `/api/drafts/${encodeURIComponent(id)}`

/** Forgets this device's copy of a draft that was deleted elsewhere (e.g. from the account page). */
export function forgetLocalDraft(storage: StorageLike | null, id: string, key = LOCAL_KEY): void {
  try {
    if (storage?.getItem(idKey(key)) !== id) return
    storage.removeItem(key)
    storage.removeItem(idKey(key))
  } catch {
    // Storage blocked: nothing was kept here.
  }
}

/** What a draft is called in lists: its own name, else the rule's title. */
export const draftLabel = (draft: { name: string | null; title: string }): string =>
  draft.name || draft.title || 'Untitled draft'
