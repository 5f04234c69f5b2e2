import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rules" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "rules" ADD COLUMN "withdrawn_reason" varchar;
  CREATE INDEX "rules_forked_from_idx" ON "rules" USING btree ("forked_from");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "rules_forked_from_idx";
  ALTER TABLE "rules" DROP COLUMN "withdrawn_at";
  ALTER TABLE "rules" DROP COLUMN "withdrawn_reason";`)
}
