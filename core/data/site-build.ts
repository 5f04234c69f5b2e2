/**
 * The site build's state in Postgres: the lock that keeps builds one at a time across instances, the
 * build's clock, which rules are pending, and `rules.builtAt` (a rule's page is live). What the
 * build renders and writes is site/'s business (site/publish.ts, site/build.ts).
 */
import type { Payload } from 'payload'
import { dbPool } from './pool'

/** pg_advisory_lock key for site builds ("CRsite"). */
export const SITE_BUILD_LOCK = 0x4352_5369

/**
 * Runs `fn` holding the site-build advisory lock. Waits up to `waitMs` for another instance's
 * build to finish; returns `{ locked: false }` if it never got the lock. While waiting it holds no
 * pool connection (each try borrows one briefly), so many waiting builds cannot starve the pool
 * that publishes need.
 */
export async function withSiteBuildLock<T>(payload: Payload, fn: () => Promise<T>, { waitMs = 60_000 } = {}) {
  const pool = dbPool(payload)
  const deadline = Date.now() + waitMs
  for (;;) {
    const client = await pool.connect()
    let locked = false
    try {
      const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [SITE_BUILD_LOCK])
      locked = rows[0]!.ok
      if (locked) {
        try {
          return { locked: true as const, value: await fn() }
        } finally {
          await client.query('select pg_advisory_unlock($1)', [SITE_BUILD_LOCK])
        }
      }
    } finally {
      client.release()
    }
    if (Date.now() > deadline) return { locked: false as const }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Postgres' clock, truncated to the column precision and 1 ms early, so builtAt never overshoots. */
export async function snapshotTime(payload: Payload): Promise<Date> {
  const { rows } = await dbPool(payload).query<{ t: Date }>(
    "select date_trunc('milliseconds', now()) - interval '1 millisecond' as t",
  )
  return rows[0]!.t
}

/**
 * Visible rules whose page is missing or older than the rule (`builtAt` null or before
 * `updatedAt`), except the ids in `skip`.
 */
export async function pendingRuleIds(payload: Payload, skip: string[]): Promise<string[]> {
  const { rows } = await dbPool(payload).query<{ id: string }>(
    'select id from rules where hidden is not true and (built_at is null or built_at < updated_at) and not (id = any($1::uuid[]))',
    [skip],
  )
  return rows.map((row) => row.id)
}

/** Whether a hidden rule still has a page (`builtAt` set): its page must go. */
export async function hiddenRulesBuilt(payload: Payload): Promise<boolean> {
  const { rows } = await dbPool(payload).query<{ id: string }>(
    'select id from rules where hidden and built_at is not null limit 1',
  )
  return rows.length > 0
}

/**
 * Records that these rules' pages are live as of `snapshot`, and that hidden rules and `skipped`
 * ones (their page could not be built) have none.
 *
 * Decision: builtAt means "this rule's public page is live", so a skipped rule keeps (or gets)
 * builtAt null — what `live` in the API says stays true, and it is not listed. That keeps it
 * pending, so it must not make publish spin: publishPending (site/publish.ts) remembers what it
 * skipped for the rest of its passes (one attempt per job), and the next job (the next real change)
 * tries it once more and reports it again, until an editor fixes or hides the record. See
 * docs/architecture.md.
 */
export async function markBuilt(
  payload: Payload,
  ids: string[],
  snapshot: Date,
  skipped: string[] = [],
): Promise<void> {
  const pool = dbPool(payload)
  // SQL rather than payload.update: no hooks (which would queue another build), no updatedAt bump
  // (which would make the page look stale again), and one statement for 10,000 rules.
  if (ids.length) await pool.query('update rules set built_at = $1 where id = any($2::uuid[])', [snapshot, ids])
  const uuids = skipped.filter((id) => /^[0-9a-f-]{36}$/i.test(id))
  if (uuids.length)
    await pool.query('update rules set built_at = null where id = any($1::uuid[]) and built_at is not null', [uuids])
  await pool.query('update rules set built_at = null where hidden and built_at is not null')
}
