import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_rule_stewards_role" AS ENUM('author', 'steward');
  CREATE TABLE "rule_versions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"rule_id" uuid NOT NULL,
  	"number" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"document" jsonb NOT NULL,
  	"note" varchar,
  	"adopted_on" timestamp(3) with time zone,
  	"adopted_by" varchar,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"author_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rule_stewards" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"rule_id" uuid NOT NULL,
  	"member_id" uuid NOT NULL,
  	"role" "enum_rule_stewards_role" DEFAULT 'steward' NOT NULL,
  	"invited_by_id" uuid,
  	"accepted_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "rules" ADD COLUMN "current_version" numeric DEFAULT 1;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rule_versions_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rule_stewards_id" uuid;
  ALTER TABLE "rule_versions" ADD CONSTRAINT "rule_versions_rule_id_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rule_versions" ADD CONSTRAINT "rule_versions_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rule_stewards" ADD CONSTRAINT "rule_stewards_rule_id_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rule_stewards" ADD CONSTRAINT "rule_stewards_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rule_stewards" ADD CONSTRAINT "rule_stewards_invited_by_id_members_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "rule_versions_rule_idx" ON "rule_versions" USING btree ("rule_id");
  CREATE INDEX "rule_versions_published_at_idx" ON "rule_versions" USING btree ("published_at");
  CREATE INDEX "rule_versions_author_idx" ON "rule_versions" USING btree ("author_id");
  CREATE INDEX "rule_versions_updated_at_idx" ON "rule_versions" USING btree ("updated_at");
  CREATE INDEX "rule_versions_created_at_idx" ON "rule_versions" USING btree ("created_at");
  CREATE UNIQUE INDEX "rule_number_idx" ON "rule_versions" USING btree ("rule_id","number");
  CREATE INDEX "rule_stewards_rule_idx" ON "rule_stewards" USING btree ("rule_id");
  CREATE INDEX "rule_stewards_member_idx" ON "rule_stewards" USING btree ("member_id");
  CREATE INDEX "rule_stewards_invited_by_idx" ON "rule_stewards" USING btree ("invited_by_id");
  CREATE INDEX "rule_stewards_updated_at_idx" ON "rule_stewards" USING btree ("updated_at");
  CREATE INDEX "rule_stewards_created_at_idx" ON "rule_stewards" USING btree ("created_at");
  CREATE UNIQUE INDEX "rule_member_idx" ON "rule_stewards" USING btree ("rule_id","member_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rule_versions_fk" FOREIGN KEY ("rule_versions_id") REFERENCES "public"."rule_versions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rule_stewards_fk" FOREIGN KEY ("rule_stewards_id") REFERENCES "public"."rule_stewards"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_rule_versions_id_idx" ON "payload_locked_documents_rels" USING btree ("rule_versions_id");
  CREATE INDEX "payload_locked_documents_rels_rule_stewards_id_idx" ON "payload_locked_documents_rels" USING btree ("rule_stewards_id");`)
  // Edited by hand: a rule's versions and stewards go with it (the cascades above: deleting a rule or
  // a member must not fail on them), and every rule published before this migration gets its
  // version 1 and its author as steward.
  await db.execute(sql`
  INSERT INTO "rule_versions" ("rule_id", "number", "title", "summary", "document", "published_at", "author_id")
    SELECT "id", 1, "title", "summary", "document", "published_at", "owner_id" FROM "rules";
  INSERT INTO "rule_stewards" ("rule_id", "member_id", "role", "accepted_at")
    SELECT "id", "owner_id", 'author', "published_at" FROM "rules" WHERE "owner_id" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rule_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rule_stewards" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rule_versions" CASCADE;
  DROP TABLE "rule_stewards" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rule_versions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rule_stewards_fk";
  
  DROP INDEX "payload_locked_documents_rels_rule_versions_id_idx";
  DROP INDEX "payload_locked_documents_rels_rule_stewards_id_idx";
  ALTER TABLE "rules" DROP COLUMN "current_version";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rule_versions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rule_stewards_id";
  DROP TYPE "public"."enum_rule_stewards_role";`)
}
