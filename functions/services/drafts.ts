/**
 * One create-flow draft per member with optimistic concurrency: the client sends the version it last
 * saw (If-Match); a stale version gets 412 with the server's copy so nothing is silently overwritten.
 */
import type { Payload } from 'payload'
import type { CreateFlowState } from '@communityrule/core/schema'
import { HttpError } from '../lib/http-error'
import { dbPool } from '@communityrule/core/data/pool'
import { asMember, type Member } from '../lib/payload-access'

export type DraftView = { state: CreateFlowState; version: number; updatedAt: string }

const toView = (doc: { state: unknown; version: number | string; updatedAt: string }): DraftView => ({
  state: doc.state as CreateFlowState,
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
  return docs[0] ? toView(docs[0] as never) : null
}

const conflict = (draft: DraftView | null) =>
  new HttpError(
    412,
    'draft_conflict',
    'This draft was changed somewhere else (another tab or device). Choose which copy to keep.',
    [{ draft }],
  )

/** `expectedVersion` undefined means "I have no server copy yet". */
export async function saveDraft(
  payload: Payload,
  member: Member,
  state: CreateFlowState,
  expectedVersion: number | undefined,
): Promise<DraftView> {
  const current = await getDraft(payload, member)
  if (!current) {
    if (expectedVersion !== undefined && expectedVersion !== 0) throw conflict(null)
    try {
      const created = await payload.create({
        collection: 'drafts',
        data: { member: member.id, state, version: 1 },
        ...asMember(member),
      })
      return toView(created as never)
    } catch {
      // A parallel first save won the unique (member) index.
      throw conflict(await getDraft(payload, member))
    }
  }
  if (expectedVersion !== current.version) throw conflict(current)
  // Compare-and-set in one statement: two saves with the same version cannot both win.
  // (The state was validated by the shared CreateFlowState schema in the route.)
  const { rows } = await dbPool(payload).query<{ version: number; updated_at: Date }>(
    `update drafts set state = $1::jsonb, version = version + 1, updated_at = now()
     where member_id = $2 and version = $3 returning version::int, updated_at`,
    [JSON.stringify(state), member.id, expectedVersion],
  )
  if (!rows[0]) throw conflict(await getDraft(payload, member))
  return { state, version: rows[0].version, updatedAt: rows[0].updated_at.toISOString() }
}

export async function deleteDraft(payload: Payload, member: Member): Promise<void> {
  await payload.delete({ collection: 'drafts', where: { member: { equals: member.id } }, ...asMember(member) })
}
