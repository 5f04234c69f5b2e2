/**
 * A member's create-flow drafts: several per member, each named (optionally) and saved with
 * optimistic concurrency — a save names the version it last saw, and a stale version is refused with
 * the stored copy so nothing is silently overwritten. A draft whose state amends a published rule is
 * tied to that rule (`rule`); a member has at most one such draft per rule.
 */
import type { Payload } from 'payload'
import type { CreateFlowState } from '../schema'
import type { DraftSummary } from '../schema/api'
import { DRAFTS_MAX } from '../schema/constants'
import { asMember, type Member } from './access'
import { dbPool } from './pool'

export type DraftView = {
  id: string
  name: string | null
  state: CreateFlowState
  version: number
  updatedAt: string
}

type DraftRow = { id: string; name: string | null; state: CreateFlowState; version: number; updated_at: Date }

const toView = (row: DraftRow): DraftView => ({
  id: row.id,
  name: row.name,
  // Written only after the route validated it against CreateFlowState (the collection checks it too).
  state: row.state,
  version: row.version,
  updatedAt: row.updated_at.toISOString(),
})

const VIEW_COLUMNS = 'id, name, state, version::int, updated_at'

export async function listDrafts(payload: Payload, member: Member): Promise<DraftSummary[]> {
  const { rows } = await dbPool(payload).query<{
    id: string
    name: string | null
    title: string | null
    step: string
    amend_slug: string | null
    amend_title: string | null
    version: number
    updated_at: Date
  }>(
    `select id, name, state #>> '{document,title}' as title, state ->> 'step' as step,
            state #>> '{amend,slug}' as amend_slug, state #>> '{amend,title}' as amend_title,
            version::int, updated_at
       from drafts where member_id = $1 order by updated_at desc`,
    [member.id],
  )
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    title: row.title ?? '',
    step: row.step,
    amending: row.amend_slug ? { slug: row.amend_slug, title: row.amend_title ?? '' } : null,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  }))
}

export async function getDraft(payload: Payload, member: Member, id: string): Promise<DraftView | null> {
  const { rows } = await dbPool(payload).query<DraftRow>(
    `select ${VIEW_COLUMNS} from drafts where id::text = $1 and member_id = $2`,
    [id, member.id],
  )
  return rows[0] ? toView(rows[0]) : null
}

/** The rule a draft amends, when its state names one that exists (ids from a client are not trusted). */
async function amendedRuleId(payload: Payload, state: CreateFlowState): Promise<string | null> {
  if (!state.amend) return null
  const { rows } = await dbPool(payload).query<{ id: string }>('select id from rules where id::text = $1', [
    state.amend.rule,
  ])
  return rows[0]?.id ?? null
}

/** The member's draft amending this rule, if they have one. */
async function amendmentDraft(payload: Payload, member: Member, ruleId: string): Promise<DraftView | null> {
  const { rows } = await dbPool(payload).query<DraftRow>(
    `select ${VIEW_COLUMNS} from drafts where member_id = $1 and rule_id = $2`,
    [member.id, ruleId],
  )
  return rows[0] ? toView(rows[0]) : null
}

export type CreateDraftResult =
  | { ok: true; draft: DraftView }
  | { ok: false; reason: 'too-many' }
  /** An amendment of that rule is already in progress: `draft` is it. */
  | { ok: false; reason: 'amendment-exists'; draft: DraftView }

export async function createDraft(
  payload: Payload,
  member: Member,
  state: CreateFlowState,
  name?: string,
): Promise<CreateDraftResult> {
  const rule = await amendedRuleId(payload, state)
  if (rule) {
    const existing = await amendmentDraft(payload, member, rule)
    if (existing) return { ok: false, reason: 'amendment-exists', draft: existing }
  }
  const { rows } = await dbPool(payload).query<{ count: number }>(
    'select count(*)::int as count from drafts where member_id = $1',
    [member.id],
  )
  if ((rows[0]?.count ?? 0) >= DRAFTS_MAX) return { ok: false, reason: 'too-many' }
  try {
    const created = await payload.create({
      collection: 'drafts',
      data: { member: member.id, name: name?.trim() || null, rule, state, version: 1 },
      ...asMember(member),
    })
    return { ok: true, draft: (await getDraft(payload, member, created.id))! }
  } catch (err) {
    // A parallel first save of the same amendment won the unique (member, rule) index.
    const existing = rule ? await amendmentDraft(payload, member, rule) : null
    if (existing) return { ok: false, reason: 'amendment-exists', draft: existing }
    throw err
  }
}

/** Saved, or refused because the stored draft is not the version the caller saw (`current` is it, null when gone). */
export type SaveDraftResult = { ok: true; draft: DraftView } | { ok: false; current: DraftView | null }

export async function saveDraft(
  payload: Payload,
  member: Member,
  id: string,
  state: CreateFlowState,
  expectedVersion: number,
): Promise<SaveDraftResult> {
  const current = await getDraft(payload, member, id)
  if (!current || expectedVersion !== current.version) return { ok: false, current }
  // Compare-and-set in one statement: two saves with the same version cannot both win. The rule it
  // amends stays the one it was created for (a draft never moves to another rule's slot).
  const { rows } = await dbPool(payload).query<DraftRow>(
    `update drafts set state = $1::jsonb, version = version + 1, updated_at = now()
      where id = $2 and member_id = $3 and version = $4 returning ${VIEW_COLUMNS}`,
    [JSON.stringify(state), current.id, member.id, expectedVersion],
  )
  if (!rows[0]) return { ok: false, current: await getDraft(payload, member, id) }
  return { ok: true, draft: toView(rows[0]) }
}

/** Names (or, with '', unnames) a draft; null when it is not the member's. */
export async function renameDraft(payload: Payload, member: Member, id: string, name: string) {
  const { rows } = await dbPool(payload).query<DraftRow>(
    `update drafts set name = $1, updated_at = now() where id::text = $2 and member_id = $3 returning ${VIEW_COLUMNS}`,
    [name.trim() || null, id, member.id],
  )
  return rows[0] ? toView(rows[0]) : null
}

export async function deleteDraft(payload: Payload, member: Member, id: string): Promise<void> {
  await dbPool(payload).query('delete from drafts where id::text = $1 and member_id = $2', [id, member.id])
}
