import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_builds_kind" AS ENUM('full', 'incremental');
  CREATE TABLE "site_builds_failures" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" varchar NOT NULL,
  	"record_id" varchar NOT NULL,
  	"slug" varchar,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "site_builds" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_site_builds_kind" NOT NULL,
  	"pages" numeric NOT NULL,
  	"removed" numeric NOT NULL,
  	"seconds" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" uuid;
  ALTER TABLE "site_builds_failures" ADD CONSTRAINT "site_builds_failures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_builds_failures_order_idx" ON "site_builds_failures" USING btree ("_order");
  CREATE INDEX "site_builds_failures_parent_id_idx" ON "site_builds_failures" USING btree ("_parent_id");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds_failures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_builds_failures" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  DROP TYPE "public"."enum_site_builds_kind";`)
}
