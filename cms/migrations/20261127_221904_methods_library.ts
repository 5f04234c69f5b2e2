import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_rule_templates_facets_organisation_kinds" AS ENUM('cooperative', 'open-source', 'mutual-aid', 'online-community', 'nonprofit', 'activist-collective', 'neighbourhood-group', 'workplace');
  CREATE TYPE "public"."enum_rule_templates_facets_size_bands" AS ENUM('1-5', '6-20', '21-100', '101-1000', '1000+');
  CREATE TYPE "public"."enum_rule_templates_facets_maturities" AS ENUM('forming', 'growing', 'established');
  CREATE TYPE "public"."enum_rule_templates_facets_scales" AS ENUM('local', 'regional', 'global');
  CREATE TYPE "public"."enum__rule_templates_v_version_facets_organisation_kinds" AS ENUM('cooperative', 'open-source', 'mutual-aid', 'online-community', 'nonprofit', 'activist-collective', 'neighbourhood-group', 'workplace');
  CREATE TYPE "public"."enum__rule_templates_v_version_facets_size_bands" AS ENUM('1-5', '6-20', '21-100', '101-1000', '1000+');
  CREATE TYPE "public"."enum__rule_templates_v_version_facets_maturities" AS ENUM('forming', 'growing', 'established');
  CREATE TYPE "public"."enum__rule_templates_v_version_facets_scales" AS ENUM('local', 'regional', 'global');
  CREATE TYPE "public"."enum_methods_facets_organisation_kinds" AS ENUM('cooperative', 'open-source', 'mutual-aid', 'online-community', 'nonprofit', 'activist-collective', 'neighbourhood-group', 'workplace');
  CREATE TYPE "public"."enum_methods_facets_size_bands" AS ENUM('1-5', '6-20', '21-100', '101-1000', '1000+');
  CREATE TYPE "public"."enum_methods_facets_maturities" AS ENUM('forming', 'growing', 'established');
  CREATE TYPE "public"."enum_methods_facets_scales" AS ENUM('local', 'regional', 'global');
  CREATE TYPE "public"."enum_methods_group" AS ENUM('values', 'communication', 'membership', 'decisions', 'conflict', 'roles', 'amendments');
  CREATE TYPE "public"."enum_methods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__methods_v_version_facets_organisation_kinds" AS ENUM('cooperative', 'open-source', 'mutual-aid', 'online-community', 'nonprofit', 'activist-collective', 'neighbourhood-group', 'workplace');
  CREATE TYPE "public"."enum__methods_v_version_facets_size_bands" AS ENUM('1-5', '6-20', '21-100', '101-1000', '1000+');
  CREATE TYPE "public"."enum__methods_v_version_facets_maturities" AS ENUM('forming', 'growing', 'established');
  CREATE TYPE "public"."enum__methods_v_version_facets_scales" AS ENUM('local', 'regional', 'global');
  CREATE TYPE "public"."enum__methods_v_version_group" AS ENUM('values', 'communication', 'membership', 'decisions', 'conflict', 'roles', 'amendments');
  CREATE TYPE "public"."enum__methods_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "rule_templates_facets_organisation_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_rule_templates_facets_organisation_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "rule_templates_facets_size_bands" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_rule_templates_facets_size_bands",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "rule_templates_facets_maturities" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_rule_templates_facets_maturities",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "rule_templates_facets_scales" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_rule_templates_facets_scales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_rule_templates_v_version_facets_organisation_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__rule_templates_v_version_facets_organisation_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_rule_templates_v_version_facets_size_bands" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__rule_templates_v_version_facets_size_bands",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_rule_templates_v_version_facets_maturities" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__rule_templates_v_version_facets_maturities",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_rule_templates_v_version_facets_scales" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__rule_templates_v_version_facets_scales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "methods_facets_organisation_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_methods_facets_organisation_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "methods_facets_size_bands" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_methods_facets_size_bands",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "methods_facets_maturities" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_methods_facets_maturities",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "methods_facets_scales" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_methods_facets_scales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "methods_further_reading" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "methods" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"group" "enum_methods_group",
  	"summary" varchar,
  	"details_meaning" varchar,
  	"details_warning_signs" varchar,
  	"details_channels" varchar,
  	"details_rhythm" varchar,
  	"details_norms" varchar,
  	"details_eligibility" varchar,
  	"details_joining" varchar,
  	"details_expectations" varchar,
  	"details_leaving" varchar,
  	"details_core_principle" varchar,
  	"details_when_to_use" varchar,
  	"details_steps" varchar,
  	"details_on_objection" varchar,
  	"details_principle" varchar,
  	"details_scope" varchar,
  	"details_protocol" varchar,
  	"details_fallbacks" varchar,
  	"details_duties" varchar,
  	"details_term" varchar,
  	"details_selection" varchar,
  	"details_recall" varchar,
  	"details_who_proposes" varchar,
  	"details_threshold" varchar,
  	"details_notice" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_methods_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "methods_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"methods_id" uuid
  );
  
  CREATE TABLE "_methods_v_version_facets_organisation_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__methods_v_version_facets_organisation_kinds",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_methods_v_version_facets_size_bands" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__methods_v_version_facets_size_bands",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_methods_v_version_facets_maturities" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__methods_v_version_facets_maturities",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_methods_v_version_facets_scales" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__methods_v_version_facets_scales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_methods_v_version_further_reading" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_methods_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_group" "enum__methods_v_version_group",
  	"version_summary" varchar,
  	"version_details_meaning" varchar,
  	"version_details_warning_signs" varchar,
  	"version_details_channels" varchar,
  	"version_details_rhythm" varchar,
  	"version_details_norms" varchar,
  	"version_details_eligibility" varchar,
  	"version_details_joining" varchar,
  	"version_details_expectations" varchar,
  	"version_details_leaving" varchar,
  	"version_details_core_principle" varchar,
  	"version_details_when_to_use" varchar,
  	"version_details_steps" varchar,
  	"version_details_on_objection" varchar,
  	"version_details_principle" varchar,
  	"version_details_scope" varchar,
  	"version_details_protocol" varchar,
  	"version_details_fallbacks" varchar,
  	"version_details_duties" varchar,
  	"version_details_term" varchar,
  	"version_details_selection" varchar,
  	"version_details_recall" varchar,
  	"version_details_who_proposes" varchar,
  	"version_details_threshold" varchar,
  	"version_details_notice" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__methods_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_methods_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"methods_id" uuid
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "methods_id" uuid;
  ALTER TABLE "rule_templates_facets_organisation_kinds" ADD CONSTRAINT "rule_templates_facets_organisation_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rule_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rule_templates_facets_size_bands" ADD CONSTRAINT "rule_templates_facets_size_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rule_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rule_templates_facets_maturities" ADD CONSTRAINT "rule_templates_facets_maturities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rule_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rule_templates_facets_scales" ADD CONSTRAINT "rule_templates_facets_scales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rule_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rule_templates_v_version_facets_organisation_kinds" ADD CONSTRAINT "_rule_templates_v_version_facets_organisation_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_rule_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rule_templates_v_version_facets_size_bands" ADD CONSTRAINT "_rule_templates_v_version_facets_size_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_rule_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rule_templates_v_version_facets_maturities" ADD CONSTRAINT "_rule_templates_v_version_facets_maturities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_rule_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rule_templates_v_version_facets_scales" ADD CONSTRAINT "_rule_templates_v_version_facets_scales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_rule_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_facets_organisation_kinds" ADD CONSTRAINT "methods_facets_organisation_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_facets_size_bands" ADD CONSTRAINT "methods_facets_size_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_facets_maturities" ADD CONSTRAINT "methods_facets_maturities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_facets_scales" ADD CONSTRAINT "methods_facets_scales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_further_reading" ADD CONSTRAINT "methods_further_reading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_rels" ADD CONSTRAINT "methods_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_rels" ADD CONSTRAINT "methods_rels_methods_fk" FOREIGN KEY ("methods_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_facets_organisation_kinds" ADD CONSTRAINT "_methods_v_version_facets_organisation_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_facets_size_bands" ADD CONSTRAINT "_methods_v_version_facets_size_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_facets_maturities" ADD CONSTRAINT "_methods_v_version_facets_maturities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_facets_scales" ADD CONSTRAINT "_methods_v_version_facets_scales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_further_reading" ADD CONSTRAINT "_methods_v_version_further_reading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_parent_id_methods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v_rels" ADD CONSTRAINT "_methods_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_rels" ADD CONSTRAINT "_methods_v_rels_methods_fk" FOREIGN KEY ("methods_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "rule_templates_facets_organisation_kinds_order_idx" ON "rule_templates_facets_organisation_kinds" USING btree ("order");
  CREATE INDEX "rule_templates_facets_organisation_kinds_parent_idx" ON "rule_templates_facets_organisation_kinds" USING btree ("parent_id");
  CREATE INDEX "rule_templates_facets_size_bands_order_idx" ON "rule_templates_facets_size_bands" USING btree ("order");
  CREATE INDEX "rule_templates_facets_size_bands_parent_idx" ON "rule_templates_facets_size_bands" USING btree ("parent_id");
  CREATE INDEX "rule_templates_facets_maturities_order_idx" ON "rule_templates_facets_maturities" USING btree ("order");
  CREATE INDEX "rule_templates_facets_maturities_parent_idx" ON "rule_templates_facets_maturities" USING btree ("parent_id");
  CREATE INDEX "rule_templates_facets_scales_order_idx" ON "rule_templates_facets_scales" USING btree ("order");
  CREATE INDEX "rule_templates_facets_scales_parent_idx" ON "rule_templates_facets_scales" USING btree ("parent_id");
  CREATE INDEX "_rule_templates_v_version_facets_organisation_kinds_order_idx" ON "_rule_templates_v_version_facets_organisation_kinds" USING btree ("order");
  CREATE INDEX "_rule_templates_v_version_facets_organisation_kinds_parent_idx" ON "_rule_templates_v_version_facets_organisation_kinds" USING btree ("parent_id");
  CREATE INDEX "_rule_templates_v_version_facets_size_bands_order_idx" ON "_rule_templates_v_version_facets_size_bands" USING btree ("order");
  CREATE INDEX "_rule_templates_v_version_facets_size_bands_parent_idx" ON "_rule_templates_v_version_facets_size_bands" USING btree ("parent_id");
  CREATE INDEX "_rule_templates_v_version_facets_maturities_order_idx" ON "_rule_templates_v_version_facets_maturities" USING btree ("order");
  CREATE INDEX "_rule_templates_v_version_facets_maturities_parent_idx" ON "_rule_templates_v_version_facets_maturities" USING btree ("parent_id");
  CREATE INDEX "_rule_templates_v_version_facets_scales_order_idx" ON "_rule_templates_v_version_facets_scales" USING btree ("order");
  CREATE INDEX "_rule_templates_v_version_facets_scales_parent_idx" ON "_rule_templates_v_version_facets_scales" USING btree ("parent_id");
  CREATE INDEX "methods_facets_organisation_kinds_order_idx" ON "methods_facets_organisation_kinds" USING btree ("order");
  CREATE INDEX "methods_facets_organisation_kinds_parent_idx" ON "methods_facets_organisation_kinds" USING btree ("parent_id");
  CREATE INDEX "methods_facets_size_bands_order_idx" ON "methods_facets_size_bands" USING btree ("order");
  CREATE INDEX "methods_facets_size_bands_parent_idx" ON "methods_facets_size_bands" USING btree ("parent_id");
  CREATE INDEX "methods_facets_maturities_order_idx" ON "methods_facets_maturities" USING btree ("order");
  CREATE INDEX "methods_facets_maturities_parent_idx" ON "methods_facets_maturities" USING btree ("parent_id");
  CREATE INDEX "methods_facets_scales_order_idx" ON "methods_facets_scales" USING btree ("order");
  CREATE INDEX "methods_facets_scales_parent_idx" ON "methods_facets_scales" USING btree ("parent_id");
  CREATE INDEX "methods_further_reading_order_idx" ON "methods_further_reading" USING btree ("_order");
  CREATE INDEX "methods_further_reading_parent_id_idx" ON "methods_further_reading" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "methods_slug_idx" ON "methods" USING btree ("slug");
  CREATE INDEX "methods_group_idx" ON "methods" USING btree ("group");
  CREATE INDEX "methods_updated_at_idx" ON "methods" USING btree ("updated_at");
  CREATE INDEX "methods_created_at_idx" ON "methods" USING btree ("created_at");
  CREATE INDEX "methods__status_idx" ON "methods" USING btree ("_status");
  CREATE INDEX "methods_rels_order_idx" ON "methods_rels" USING btree ("order");
  CREATE INDEX "methods_rels_parent_idx" ON "methods_rels" USING btree ("parent_id");
  CREATE INDEX "methods_rels_path_idx" ON "methods_rels" USING btree ("path");
  CREATE INDEX "methods_rels_methods_id_idx" ON "methods_rels" USING btree ("methods_id");
  CREATE INDEX "_methods_v_version_facets_organisation_kinds_order_idx" ON "_methods_v_version_facets_organisation_kinds" USING btree ("order");
  CREATE INDEX "_methods_v_version_facets_organisation_kinds_parent_idx" ON "_methods_v_version_facets_organisation_kinds" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_facets_size_bands_order_idx" ON "_methods_v_version_facets_size_bands" USING btree ("order");
  CREATE INDEX "_methods_v_version_facets_size_bands_parent_idx" ON "_methods_v_version_facets_size_bands" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_facets_maturities_order_idx" ON "_methods_v_version_facets_maturities" USING btree ("order");
  CREATE INDEX "_methods_v_version_facets_maturities_parent_idx" ON "_methods_v_version_facets_maturities" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_facets_scales_order_idx" ON "_methods_v_version_facets_scales" USING btree ("order");
  CREATE INDEX "_methods_v_version_facets_scales_parent_idx" ON "_methods_v_version_facets_scales" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_further_reading_order_idx" ON "_methods_v_version_further_reading" USING btree ("_order");
  CREATE INDEX "_methods_v_version_further_reading_parent_id_idx" ON "_methods_v_version_further_reading" USING btree ("_parent_id");
  CREATE INDEX "_methods_v_parent_idx" ON "_methods_v" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_version_slug_idx" ON "_methods_v" USING btree ("version_slug");
  CREATE INDEX "_methods_v_version_version_group_idx" ON "_methods_v" USING btree ("version_group");
  CREATE INDEX "_methods_v_version_version_updated_at_idx" ON "_methods_v" USING btree ("version_updated_at");
  CREATE INDEX "_methods_v_version_version_created_at_idx" ON "_methods_v" USING btree ("version_created_at");
  CREATE INDEX "_methods_v_version_version__status_idx" ON "_methods_v" USING btree ("version__status");
  CREATE INDEX "_methods_v_created_at_idx" ON "_methods_v" USING btree ("created_at");
  CREATE INDEX "_methods_v_updated_at_idx" ON "_methods_v" USING btree ("updated_at");
  CREATE INDEX "_methods_v_latest_idx" ON "_methods_v" USING btree ("latest");
  CREATE INDEX "_methods_v_rels_order_idx" ON "_methods_v_rels" USING btree ("order");
  CREATE INDEX "_methods_v_rels_parent_idx" ON "_methods_v_rels" USING btree ("parent_id");
  CREATE INDEX "_methods_v_rels_path_idx" ON "_methods_v_rels" USING btree ("path");
  CREATE INDEX "_methods_v_rels_methods_id_idx" ON "_methods_v_rels" USING btree ("methods_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_methods_fk" FOREIGN KEY ("methods_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_methods_id_idx" ON "payload_locked_documents_rels" USING btree ("methods_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rule_templates_facets_organisation_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rule_templates_facets_size_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rule_templates_facets_maturities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rule_templates_facets_scales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_rule_templates_v_version_facets_organisation_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_rule_templates_v_version_facets_size_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_rule_templates_v_version_facets_maturities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_rule_templates_v_version_facets_scales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_facets_organisation_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_facets_size_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_facets_maturities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_facets_scales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_further_reading" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_version_facets_organisation_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_version_facets_size_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_version_facets_maturities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_version_facets_scales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_version_further_reading" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rule_templates_facets_organisation_kinds" CASCADE;
  DROP TABLE "rule_templates_facets_size_bands" CASCADE;
  DROP TABLE "rule_templates_facets_maturities" CASCADE;
  DROP TABLE "rule_templates_facets_scales" CASCADE;
  DROP TABLE "_rule_templates_v_version_facets_organisation_kinds" CASCADE;
  DROP TABLE "_rule_templates_v_version_facets_size_bands" CASCADE;
  DROP TABLE "_rule_templates_v_version_facets_maturities" CASCADE;
  DROP TABLE "_rule_templates_v_version_facets_scales" CASCADE;
  DROP TABLE "methods_facets_organisation_kinds" CASCADE;
  DROP TABLE "methods_facets_size_bands" CASCADE;
  DROP TABLE "methods_facets_maturities" CASCADE;
  DROP TABLE "methods_facets_scales" CASCADE;
  DROP TABLE "methods_further_reading" CASCADE;
  DROP TABLE "methods" CASCADE;
  DROP TABLE "methods_rels" CASCADE;
  DROP TABLE "_methods_v_version_facets_organisation_kinds" CASCADE;
  DROP TABLE "_methods_v_version_facets_size_bands" CASCADE;
  DROP TABLE "_methods_v_version_facets_maturities" CASCADE;
  DROP TABLE "_methods_v_version_facets_scales" CASCADE;
  DROP TABLE "_methods_v_version_further_reading" CASCADE;
  DROP TABLE "_methods_v" CASCADE;
  DROP TABLE "_methods_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_methods_fk";
  
  DROP INDEX "payload_locked_documents_rels_methods_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "methods_id";
  DROP TYPE "public"."enum_rule_templates_facets_organisation_kinds";
  DROP TYPE "public"."enum_rule_templates_facets_size_bands";
  DROP TYPE "public"."enum_rule_templates_facets_maturities";
  DROP TYPE "public"."enum_rule_templates_facets_scales";
  DROP TYPE "public"."enum__rule_templates_v_version_facets_organisation_kinds";
  DROP TYPE "public"."enum__rule_templates_v_version_facets_size_bands";
  DROP TYPE "public"."enum__rule_templates_v_version_facets_maturities";
  DROP TYPE "public"."enum__rule_templates_v_version_facets_scales";
  DROP TYPE "public"."enum_methods_facets_organisation_kinds";
  DROP TYPE "public"."enum_methods_facets_size_bands";
  DROP TYPE "public"."enum_methods_facets_maturities";
  DROP TYPE "public"."enum_methods_facets_scales";
  DROP TYPE "public"."enum_methods_group";
  DROP TYPE "public"."enum_methods_status";
  DROP TYPE "public"."enum__methods_v_version_facets_organisation_kinds";
  DROP TYPE "public"."enum__methods_v_version_facets_size_bands";
  DROP TYPE "public"."enum__methods_v_version_facets_maturities";
  DROP TYPE "public"."enum__methods_v_version_facets_scales";
  DROP TYPE "public"."enum__methods_v_version_group";
  DROP TYPE "public"."enum__methods_v_version_status";`)
}
