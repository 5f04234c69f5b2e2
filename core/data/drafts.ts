/**
 * One create-flow draft per member with optimistic concurrency: a save names the version it last saw,
 * and a stale version is refused with the stored copy so nothing is silently overwritten.
 */
import type { Payload } from 'payload'
import type { CreateFlowState } from '../schema'
import { asMember, type Member } from './access'
import type { Draft } from './payload-types'
import { dbPool } from './pool'

export type DraftView = { state: CreateFlowState; version: number; updatedAt: string }

const toView = (doc: Draft): DraftView => ({
  // Written only through saveDraft, after the route validated it against CreateFlowState (and the
  // collection's field validation checks the same schema).
  state: doc.state as CreateFlowState,
  // A Payload number field is a Postgres numeric column: make sure it is a number, not a string.
  version: Number(doc.version),
  updatedAt: new Date(doc.updatedAt).toISOString(),
})

export async function getDraft(payload: Payload, member: Member): Promise<DraftView | null> {
  const { docs } = await payload.find({
    collection: 'drafts',
    where: { member: { equals: member.id } },
    limit: 1,
    depth: 0,
    ...asMember(member),
  })
  return docs[0] ? toView(docs[0]) : null
}

/** Saved, or refused because the stored draft is not the version the caller saw (`current` is it). */
export type SaveDraftResult = { ok: true; draft: DraftView } | { ok: false; current: DraftView | null }

/** `expectedVersion` undefined means "I have no server copy yet". */
export async function saveDraft(
  payload: Payload,
  member: Member,
  state: CreateFlowState,
  expectedVersion: number | undefined,
): Promise<SaveDraftResult> {
  const current = await getDraft(payload, member)
  if (!current) {
    if (expectedVersion !== undefined && expectedVersion !== 0) return { ok: false, current: null }
    try {
      const created = await payload.create({
        collection: 'drafts',
        data: { member: member.id, state, version: 1 },
        ...asMember(member),
      })
      return { ok: true, draft: toView(created) }
    } catch {
      // A parallel first save won the unique (member) index.
      return { ok: false, current: await getDraft(payload, member) }
    }
  }
  if (expectedVersion !== current.version) return { ok: false, current }
  // Compare-and-set in one statement: two saves with the same version cannot both win.
  // (The state was validated by the shared CreateFlowState schema in the route.)
  const { rows } = await dbPool(payload).query<{ version: number; updated_at: Date }>(
    `update drafts set state = $1::jsonb, version = version + 1, updated_at = now()
     where member_id = $2 and version = $3 returning version::int, updated_at`,
    [JSON.stringify(state), member.id, expectedVersion],
  )
  if (!rows[0]) return { ok: false, current: await getDraft(payload, member) }
  return { ok: true, draft: { state, version: rows[0].version, updatedAt: rows[0].updated_at.toISOString() } }
}

export async function deleteDraft(payload: Payload, member: Member): Promise<void> {
  await payload.delete({ collection: 'drafts', where: { member: { equals: member.id } }, ...asMember(member) })
}
