import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: tables and indexes Payload's schema cannot express.
 * - rate_limits: the shared counter store of rate-limiter-flexible (RateLimiterPostgres, tableCreated: true),
 *   so every BFF instance sees the same counters.
 * - rules (published_at desc, id desc): the keyset pagination order of GET /api/rules and the site.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "rate_limits" (
      "key" varchar(255) PRIMARY KEY,
      "points" integer NOT NULL DEFAULT 0,
      "expire" bigint
    );
    CREATE INDEX IF NOT EXISTS "rate_limits_expire_idx" ON "rate_limits" ("expire");
    CREATE INDEX IF NOT EXISTS "rules_published_at_id_desc_idx" ON "rules" ("published_at" DESC, "id" DESC);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "rules_published_at_id_desc_idx";
    DROP TABLE IF EXISTS "rate_limits";
  `)
}
