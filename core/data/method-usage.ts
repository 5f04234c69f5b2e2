/**
 * How many visible (not hidden) rules include each method, for the site's method pages.
 *
 * Counting from scratch expands every rule's stored document (a jsonb scan of all rules: about a
 * second at 10,000 rules on this hardware), and every rule publish changes the counts, so doing that
 * on each incremental build put it on the publish→live path. Instead each process keeps the methods
 * of every rule and, on each call, reads only the rules written since its last read (an index range
 * on `updated_at`) and the list of rule ids, which shows deletions and any row committed too late to
 * be seen by the first read.
 */
import type { Payload } from 'payload'
import { dbPool } from './pool'

type Usage = {
  /** method slugs each rule includes (empty for a hidden rule), by rule id */
  byRule: Map<string, readonly string[]>
  /** newest `updated_at` read so far */
  latest: Date | null
}

const usageByPayload = new WeakMap<Payload, Usage>()

/**
 * NOTE: Payload stamps `updated_at` in Node before its transaction commits, so a row can become
 * visible after a newer one was read. Whoever reads "what was written since" reads back over this
 * window (commits follow their stamp by milliseconds) to catch those late edits; here a new rule
 * committed even later is caught by the id list, and a full build recounts.
 */
export const LATE_COMMIT_WINDOW_MS = 10_000

type UsageRow = { id: string; hidden: boolean | null; ids: unknown; updated_at: Date }

// Lax JSON path: a malformed document (no sections, a module that is not an object) yields no ids
// rather than an error, so one bad row never fails the count.
const usageColumns = `id, hidden, updated_at, jsonb_path_query_array(document, 'lax $.sections[*].modules[*].id') as ids`

function methodsOf(row: UsageRow): readonly string[] {
  if (row.hidden || !Array.isArray(row.ids)) return []
  return [...new Set(row.ids.filter((id): id is string => typeof id === 'string'))]
}

function apply(usage: Usage, rows: readonly UsageRow[]) {
  for (const row of rows) {
    usage.byRule.set(row.id, methodsOf(row))
    if (!usage.latest || row.updated_at > usage.latest) usage.latest = row.updated_at
  }
}

async function fullRead(payload: Payload): Promise<Usage> {
  const { rows } = await dbPool(payload).query<UsageRow>(`select ${usageColumns} from rules`)
  const usage: Usage = { byRule: new Map(), latest: null }
  apply(usage, rows)
  return usage
}

/** Brings this process's usage up to date: the rules written since the last read, or all of them. */
async function currentUsage(payload: Payload, recount: boolean): Promise<Usage> {
  let usage = usageByPayload.get(payload)
  if (!usage || recount) {
    usage = await fullRead(payload)
    usageByPayload.set(payload, usage)
    return usage
  }
  const pool = dbPool(payload)
  const since = new Date((usage.latest?.getTime() ?? 0) - LATE_COMMIT_WINDOW_MS)
  const [changed, all] = await Promise.all([
    pool.query<UsageRow>(`select ${usageColumns} from rules where updated_at >= $1`, [since]),
    pool.query<{ id: string }>('select id from rules'),
  ])
  apply(usage, changed.rows)
  // The ids present tell deletions and rows committed too late for the window (read them now).
  const present = new Set(all.rows.map((row) => row.id))
  for (const id of usage.byRule.keys()) if (!present.has(id)) usage.byRule.delete(id)
  const unseen = [...present].filter((id) => !usage.byRule.has(id))
  if (unseen.length) {
    apply(usage, (await pool.query<UsageRow>(`select ${usageColumns} from rules where id = any($1)`, [unseen])).rows)
  }
  return usage
}

/** Visible rules including each method, by method slug. `recount` starts from scratch (a full build does). */
export async function methodRuleCounts(payload: Payload, { recount = false } = {}): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const slugs of (await currentUsage(payload, recount)).byRule.values()) {
    for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  }
  return counts
}
