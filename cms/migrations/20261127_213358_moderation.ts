import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Moderation (issue 12): visitors' reports of rules (rule_reports) and the reason a hidden rule's page
// shows (rules.hidden_reason). Self-contained: other collections added meanwhile have their own migration.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_rule_reports_reason" AS ENUM('spam', 'harassment', 'personal-information', 'illegal', 'other');
  CREATE TYPE "public"."enum_rule_reports_status" AS ENUM('open', 'dismissed', 'actioned');
  CREATE TABLE "rule_reports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"rule_id" uuid,
  	"reason" "enum_rule_reports_reason" NOT NULL,
  	"note" varchar,
  	"status" "enum_rule_reports_status" DEFAULT 'open' NOT NULL,
  	"reporter" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "rules" ADD COLUMN "hidden_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rule_reports_id" uuid;
  ALTER TABLE "rule_reports" ADD CONSTRAINT "rule_reports_rule_id_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."rules"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "rule_reports_rule_idx" ON "rule_reports" USING btree ("rule_id");
  CREATE INDEX "rule_reports_status_idx" ON "rule_reports" USING btree ("status");
  CREATE INDEX "rule_reports_updated_at_idx" ON "rule_reports" USING btree ("updated_at");
  CREATE INDEX "rule_reports_created_at_idx" ON "rule_reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rule_reports_fk" FOREIGN KEY ("rule_reports_id") REFERENCES "public"."rule_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_rule_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("rule_reports_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rule_reports_fk";
  DROP INDEX "payload_locked_documents_rels_rule_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rule_reports_id";
  DROP TABLE "rule_reports" CASCADE;
  ALTER TABLE "rules" DROP COLUMN "hidden_reason";
  DROP TYPE "public"."enum_rule_reports_reason";
  DROP TYPE "public"."enum_rule_reports_status";`)
}
