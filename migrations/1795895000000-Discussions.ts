import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discussions, notifications and the audit trail (issue 4): a thread per
 * need, solution and match (one foreign key per kind of subject, exactly one
 * set), comments, notifications, and the append-only audit trail. Records
 * that exist already get their threads here; new ones get theirs from the
 * services, in the transaction that creates them.
 */
export class Discussions1795895000000 implements MigrationInterface {
  name = 'Discussions1795895000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "operation" character varying(60) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "request_id" character varying(64), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_event_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_actor" ON "audit_event"  ("actor_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_occurred" ON "audit_event"  ("occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid, "solution_id" uuid, "match_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_thread_one_subject" CHECK (num_nonnulls(need_id, solution_id, match_id) = 1), CONSTRAINT "pk_thread_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_thread_need" ON "thread"  ("need_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_thread_solution" ON "thread"  ("solution_id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_thread_match" ON "thread"  ("match_id") `);
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, CONSTRAINT "pk_comment_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_comment_author" ON "comment"  ("author_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_comment_thread" ON "comment"  ("thread_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('MATCH_PROPOSED', 'MATCH_REVIEWED', 'MATCH_DECIDED', 'COMMENT_ADDED', 'MENTIONED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."subject_type" AS ENUM('NEED', 'SOLUTION', 'MATCH')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "actor_id" uuid, "target_type" "public"."subject_type" NOT NULL, "target_id" uuid NOT NULL, "thread_id" uuid, "comment_id" uuid, "params" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notification_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_recipient" ON "notification"  ("recipient_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "thread" ADD CONSTRAINT "FK_7cfde17a225ec1cc58fb2973b8c" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread" ADD CONSTRAINT "FK_fa74d7df9455d1b3852105107c5" FOREIGN KEY ("solution_id") REFERENCES "solution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread" ADD CONSTRAINT "FK_13437ea6b6c85d210aff661f6af" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_be68531edd9305c665090a8a389" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_e51db00efb8a3742db4cc1c7d0b" FOREIGN KEY ("deleted_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_16addcdc44128a517daeddd4491" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // The threads of the records made before threads existed.
    await queryRunner.query(
      `INSERT INTO "thread" ("need_id", "created_at") SELECT "id", "created_at" FROM "need"`,
    );
    await queryRunner.query(
      `INSERT INTO "thread" ("solution_id", "created_at") SELECT "id", "created_at" FROM "solution"`,
    );
    await queryRunner.query(
      `INSERT INTO "thread" ("match_id", "created_at") SELECT "id", "created_at" FROM "match"`,
    );
    // The trail is append-only: what it says happened cannot be rewritten or removed.
    await queryRunner.query(`CREATE FUNCTION public.d4d_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tg_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION public.d4d_audit_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tg_audit_event_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION public.d4d_audit_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "FK_16addcdc44128a517daeddd4491"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_e51db00efb8a3742db4cc1c7d0b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_be68531edd9305c665090a8a389"`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread" DROP CONSTRAINT "FK_13437ea6b6c85d210aff661f6af"`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread" DROP CONSTRAINT "FK_fa74d7df9455d1b3852105107c5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread" DROP CONSTRAINT "FK_7cfde17a225ec1cc58fb2973b8c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."subject_type"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comment_thread"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comment_author"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_thread_match"`);
    await queryRunner.query(`DROP INDEX "public"."uq_thread_solution"`);
    await queryRunner.query(`DROP INDEX "public"."uq_thread_need"`);
    await queryRunner.query(`DROP TABLE "thread"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_occurred"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_actor"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
