import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "drafts_member_idx";
  ALTER TABLE "drafts" ADD COLUMN "name" varchar;
  ALTER TABLE "drafts" ADD COLUMN "rule_id" uuid;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_rule_id_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."rules"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "drafts_rule_idx" ON "drafts" USING btree ("rule_id");
  CREATE UNIQUE INDEX "member_rule_idx" ON "drafts" USING btree ("member_id","rule_id");
  CREATE INDEX "drafts_member_idx" ON "drafts" USING btree ("member_id");
  -- The one draft each member had so far: an amendment in progress is tied to its rule.
  UPDATE "drafts" d SET "rule_id" = r."id" FROM "rules" r WHERE r."id"::text = d."state" #>> '{amend,rule}';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "drafts" DROP CONSTRAINT "drafts_rule_id_rules_id_fk";
  
  DROP INDEX "drafts_rule_idx";
  DROP INDEX "member_rule_idx";
  DROP INDEX "drafts_member_idx";
  -- Back to one draft per member: the most recently changed one stays.
  DELETE FROM "drafts" d WHERE EXISTS (SELECT 1 FROM "drafts" n WHERE n."member_id" = d."member_id"
    AND (n."updated_at", n."id") > (d."updated_at", d."id"));
  CREATE UNIQUE INDEX "drafts_member_idx" ON "drafts" USING btree ("member_id");
  ALTER TABLE "drafts" DROP COLUMN "name";
  ALTER TABLE "drafts" DROP COLUMN "rule_id";`)
}
