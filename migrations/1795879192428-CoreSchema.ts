import { MigrationInterface, QueryRunner } from 'typeorm';

/** The domain core: reference tables, ministries, organisations, users, sign-in, needs, solutions. */
export class CoreSchema1795879192428 implements MigrationInterface {
  name = 'CoreSchema1795879192428';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ministry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "acronym" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_ministry_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ministry_acronym" ON "ministry"  ("acronym") `,
    );
    await queryRunner.query(
      `CREATE TABLE "country" ("code" character varying(2) NOT NULL, "name" character varying(100) NOT NULL, "name_fr" character varying(100) NOT NULL, "region" character varying(60) NOT NULL, CONSTRAINT "pk_country_code" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('RESEARCH', 'PRIVATE_SECTOR', 'PUBLIC_AGENCY', 'CIVIL_SOCIETY', 'INTERNATIONAL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "country_code" character varying(2) NOT NULL DEFAULT 'LU', "website" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_organization_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organization_name" ON "organization"  ("name") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('ADMIN', 'COORDINATOR', 'MINISTRY_STAFF', 'SOLUTION_PROVIDER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."locale" AS ENUM('en', 'fr')`);
    await queryRunner.query(
      `CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" "public"."role" NOT NULL, "ministry_id" uuid, "organization_id" uuid, "locale" "public"."locale" NOT NULL DEFAULT 'en', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_user_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_refresh_token_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_refresh_token_user" ON "refresh_token"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_refresh_token_family" ON "refresh_token"  ("family_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."priority" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."need_status" AS ENUM('DRAFT', 'OPEN', 'MATCHED', 'CLOSED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."visibility" AS ENUM('INTERNAL', 'PUBLIC')`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'need',
        'GENERATED_COLUMN',
        'search_vector',
        'd4d_search_vector(title, tags, NULL, description)',
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "country_code" character varying(2) NOT NULL, "domain_codes" character varying(40) array NOT NULL, "principle_codes" character varying(40) array NOT NULL DEFAULT '{}', "tags" character varying(40) array NOT NULL DEFAULT '{}', "ministry_id" uuid, "partner_institution" character varying(200), "priority" "public"."priority" NOT NULL DEFAULT 'MEDIUM', "status" "public"."need_status" NOT NULL DEFAULT 'OPEN', "visibility" "public"."visibility" NOT NULL DEFAULT 'INTERNAL', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "search_vector" tsvector GENERATED ALWAYS AS (d4d_search_vector(title, tags, NULL, description)) STORED NOT NULL, CONSTRAINT "pk_need_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_need_country" ON "need"  ("country_code") `);
    await queryRunner.query(`CREATE INDEX "ix_need_ministry" ON "need"  ("ministry_id") `);
    await queryRunner.query(`CREATE INDEX "ix_need_status" ON "need"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_need_created" ON "need"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "domain" ("code" character varying(40) NOT NULL, "label" character varying(100) NOT NULL, "label_fr" character varying(100) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "pk_domain_code" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "principle" ("code" character varying(40) NOT NULL, "number" smallint NOT NULL, "title" character varying(120) NOT NULL, "title_fr" character varying(160) NOT NULL, CONSTRAINT "UQ_65cc5901b15fe7296b56381b239" UNIQUE ("number"), CONSTRAINT "pk_principle_code" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."maturity" AS ENUM('IDEA', 'PROTOTYPE', 'PILOT', 'DEPLOYED', 'SCALED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."solution_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'solution',
        'GENERATED_COLUMN',
        'search_vector',
        'd4d_search_vector(title, tags, summary, description)',
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "solution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "summary" character varying(500) NOT NULL, "description" text NOT NULL, "provider_id" uuid NOT NULL, "domain_codes" character varying(40) array NOT NULL, "principle_codes" character varying(40) array NOT NULL DEFAULT '{}', "tags" character varying(40) array NOT NULL DEFAULT '{}', "maturity" "public"."maturity" NOT NULL, "open_source" boolean NOT NULL DEFAULT false, "country_codes_deployed" character varying(2) array NOT NULL DEFAULT '{}', "status" "public"."solution_status" NOT NULL DEFAULT 'PUBLISHED', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "search_vector" tsvector GENERATED ALWAYS AS (d4d_search_vector(title, tags, summary, description)) STORED NOT NULL, CONSTRAINT "pk_solution_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_solution_provider" ON "solution"  ("provider_id") `);
    await queryRunner.query(`CREATE INDEX "ix_solution_status" ON "solution"  ("status") `);
    await queryRunner.query(
      `CREATE INDEX "ix_solution_created" ON "solution"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_faaefc0d2063e014ceb57564b08" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user" ADD CONSTRAINT "FK_a5b7ff8df9d99d7790c3aed8dcd" FOREIGN KEY ("ministry_id") REFERENCES "ministry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user" ADD CONSTRAINT "FK_3e103cdf85b7d6cb620b4db0f0c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_315ab41144547a5abd8b4d16e44" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_9937763ac9a21e8d2b0bd363a55" FOREIGN KEY ("ministry_id") REFERENCES "ministry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_ea8b85c8671ad88dbb87695d657" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "solution" ADD CONSTRAINT "FK_dbb1dd40ae8f70dc9bbe2ce6347" FOREIGN KEY ("provider_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "solution" ADD CONSTRAINT "FK_d3fc514fc97e1622cc6b4c856b8" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "solution" DROP CONSTRAINT "FK_d3fc514fc97e1622cc6b4c856b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "solution" DROP CONSTRAINT "FK_dbb1dd40ae8f70dc9bbe2ce6347"`,
    );
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_ea8b85c8671ad88dbb87695d657"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_9937763ac9a21e8d2b0bd363a55"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_315ab41144547a5abd8b4d16e44"`);
    await queryRunner.query(
      `ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`,
    );
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_3e103cdf85b7d6cb620b4db0f0c"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_a5b7ff8df9d99d7790c3aed8dcd"`);
    await queryRunner.query(
      `ALTER TABLE "organization" DROP CONSTRAINT "FK_faaefc0d2063e014ceb57564b08"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_solution_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_solution_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_solution_provider"`);
    await queryRunner.query(`DROP TABLE "solution"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'solution'],
    );
    await queryRunner.query(`DROP TYPE "public"."solution_status"`);
    await queryRunner.query(`DROP TYPE "public"."maturity"`);
    await queryRunner.query(`DROP TABLE "principle"`);
    await queryRunner.query(`DROP TABLE "domain"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_ministry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_country"`);
    await queryRunner.query(`DROP TABLE "need"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'need'],
    );
    await queryRunner.query(`DROP TYPE "public"."visibility"`);
    await queryRunner.query(`DROP TYPE "public"."need_status"`);
    await queryRunner.query(`DROP TYPE "public"."priority"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_family"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_user"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TYPE "public"."locale"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organization_name"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP TABLE "country"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ministry_acronym"`);
    await queryRunner.query(`DROP TABLE "ministry"`);
  }
}
