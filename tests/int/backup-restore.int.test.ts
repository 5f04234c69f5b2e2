/**
 * The restore drill of docs/ops-backend-deploy.md, run for real: pg_dump (custom format) a seeded
 * database, pg_restore it into a fresh database with the same commands the runbook gives, and check
 * that every table holds the same rows and the restored copy answers the product's queries.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload } from '../support/payload'
import { createTestDatabase, query } from '../support/postgres'

let payload: Payload
let sourceUrl: string
const workDir = mkdtempSync(path.join(tmpdir(), 'cr-backup-'))

beforeAll(async () => {
  ;({ payload, databaseUrl: sourceUrl } = await bootPayload('backup', { CR_SITE_BUILD_KICK: 'false' }))
  await (await import('../../cms/seed/index')).seedRuleTemplates({ payload })
  for (let i = 0; i < 5; i++) {
    const member = await payload.create({
      collection: 'members',
      data: { email: `member${i}@example.org` },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'rules',
      data: {
        slug: `backup-rule-${i}`,
        title: `Backup rule ${i}`,
        owner: member.id,
        document: {
          title: `Backup rule ${i}`,
          sections: [{ id: 'values', kind: 'values', title: 'Values', body: 'Ünïcode ✓ and "quotes"' }],
        },
        publishedAt: new Date().toISOString(),
      },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
  }
})
afterAll(async () => {
  await payload?.destroy()
  rmSync(workDir, { recursive: true, force: true })
})

/** Row count and an order-independent digest of every row of every table in `public`. */
async function fingerprint(url: string) {
  const tables = await query<{ name: string }>(
    url,
    "select tablename as name from pg_tables where schemaname = 'public' order by 1",
  )
  const result: Record<string, string> = {}
  for (const { name } of tables.rows) {
    const { rows } = await query<{ n: number; digest: string | null }>(
      url,
      `select count(*)::int as n, md5(string_agg(md5(t::text), '' order by md5(t::text))) as digest from "${name}" t`,
    )
    result[name] = `${rows[0]!.n}:${rows[0]!.digest ?? '-'}`
  }
  return result
}

describe('backup and restore drill', () => {
  it('pg_dump -Fc then pg_restore into a fresh database gives identical tables', async () => {
    const dump = path.join(workDir, 'communityrule.dump')
    // The runbook's commands (docs/ops-backend-deploy.md § Backups), verbatim apart from the URLs.
    execFileSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`, sourceUrl], {
      stdio: 'pipe',
    })
    expect(statSync(dump).size).toBeGreaterThan(1000)
    const listing = execFileSync('pg_restore', ['--list', dump], { encoding: 'utf8' })
    expect(listing).toContain('TABLE DATA public rules')

    const restoredUrl = await createTestDatabase('restored')
    execFileSync(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${restoredUrl}`, dump],
      { stdio: 'pipe' },
    )

    const [before, after] = await Promise.all([fingerprint(sourceUrl), fingerprint(restoredUrl)])
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['rules', 'rule_templates', 'members', 'payload_migrations']),
    )
    expect(after).toEqual(before)
    expect(before.rules!.startsWith('5:')).toBe(true)

    // The restored copy is a working database: same migrations applied, same rows through the product's queries.
    const restored = await query<{ title: string }>(restoredUrl, "select title from rules where slug = 'backup-rule-3'")
    expect(restored.rows).toEqual([{ title: 'Backup rule 3' }])
    const migrations = await query<{ name: string }>(restoredUrl, 'select name from payload_migrations order by name')
    expect(migrations.rows.length).toBeGreaterThan(0)
  })
})
