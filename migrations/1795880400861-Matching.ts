import { MigrationInterface, QueryRunner } from 'typeorm';

/** Matches between needs and solutions, and their reviews. */
export class Matching1795880400861 implements MigrationInterface {
  name = 'Matching1795880400861';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."match_status" AS ENUM('PROPOSED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "solution_id" uuid NOT NULL, "status" "public"."match_status" NOT NULL DEFAULT 'PROPOSED', "score" real, "rationale" text, "proposed_by_id" uuid NOT NULL, "decided_by_id" uuid, "decision_note" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_match_score" CHECK (score IS NULL OR (score >= 0 AND score <= 1)), CONSTRAINT "pk_match_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_match_need" ON "match"  ("need_id") `);
    await queryRunner.query(`CREATE INDEX "ix_match_solution" ON "match"  ("solution_id") `);
    await queryRunner.query(`CREATE INDEX "ix_match_status" ON "match"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_match_created" ON "match"  ("created_at", "id") `);
    // At most one live match per pair, even when two proposals race.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_match_live_pair" ON "match" ("need_id", "solution_id") WHERE status IN ('PROPOSED', 'UNDER_REVIEW', 'ACCEPTED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."recommendation" AS ENUM('ACCEPT', 'REJECT', 'ABSTAIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "recommendation" "public"."recommendation" NOT NULL, "relevance" smallint NOT NULL, "feasibility" smallint NOT NULL, "sustainability" smallint NOT NULL, "principles_alignment" smallint NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_review_scores" CHECK (relevance BETWEEN 1 AND 5 AND feasibility BETWEEN 1 AND 5 AND sustainability BETWEEN 1 AND 5 AND principles_alignment BETWEEN 1 AND 5), CONSTRAINT "pk_review_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_review_match_reviewer" ON "review"  ("match_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_8849058f4733e28abc5c9976880" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_5096021d77b2b88abd743b43e39" FOREIGN KEY ("solution_id") REFERENCES "solution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_1154b3b38f9d34bb7264a0bc1ee" FOREIGN KEY ("proposed_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_3baf6d630e6cd8400ccdf1c4ecc" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review" ADD CONSTRAINT "FK_182a4bb4986a35429225ad1cc4f" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review" ADD CONSTRAINT "FK_2f8adca6682f8238c64d767c9d3" FOREIGN KEY ("reviewer_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review" DROP CONSTRAINT "FK_2f8adca6682f8238c64d767c9d3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review" DROP CONSTRAINT "FK_182a4bb4986a35429225ad1cc4f"`,
    );
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_3baf6d630e6cd8400ccdf1c4ecc"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_1154b3b38f9d34bb7264a0bc1ee"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_5096021d77b2b88abd743b43e39"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_8849058f4733e28abc5c9976880"`);
    await queryRunner.query(`DROP INDEX "public"."uq_review_match_reviewer"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP TYPE "public"."recommendation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_match_live_pair"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_solution"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_need"`);
    await queryRunner.query(`DROP TABLE "match"`);
    await queryRunner.query(`DROP TYPE "public"."match_status"`);
  }
}
