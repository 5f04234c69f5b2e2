import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Edited by hand: an invitation goes with its rule (ON DELETE cascade; rule_id is required).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendStewardInvite' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendStewardInvite' BEFORE 'buildSite';
  CREATE TABLE "steward_invitations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"rule_id" uuid NOT NULL,
  	"email" varchar NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"invited_by_id" uuid,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"accepted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "steward_invitations_id" uuid;
  ALTER TABLE "steward_invitations" ADD CONSTRAINT "steward_invitations_rule_id_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "steward_invitations" ADD CONSTRAINT "steward_invitations_invited_by_id_members_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "steward_invitations_rule_idx" ON "steward_invitations" USING btree ("rule_id");
  CREATE INDEX "steward_invitations_email_idx" ON "steward_invitations" USING btree ("email");
  CREATE UNIQUE INDEX "steward_invitations_token_hash_idx" ON "steward_invitations" USING btree ("token_hash");
  CREATE INDEX "steward_invitations_invited_by_idx" ON "steward_invitations" USING btree ("invited_by_id");
  CREATE INDEX "steward_invitations_expires_at_idx" ON "steward_invitations" USING btree ("expires_at");
  CREATE INDEX "steward_invitations_updated_at_idx" ON "steward_invitations" USING btree ("updated_at");
  CREATE INDEX "steward_invitations_created_at_idx" ON "steward_invitations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_steward_invitations_fk" FOREIGN KEY ("steward_invitations_id") REFERENCES "public"."steward_invitations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_steward_invitations_id_idx" ON "payload_locked_documents_rels" USING btree ("steward_invitations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "steward_invitations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "steward_invitations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_steward_invitations_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'cleanupExpired', 'sendOtpEmail', 'buildSite');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'cleanupExpired', 'sendOtpEmail', 'buildSite');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_steward_invitations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "steward_invitations_id";`)
}
