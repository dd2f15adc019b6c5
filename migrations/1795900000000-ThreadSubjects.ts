import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A thread belongs to a subject, named by `(subject_type, subject_id)`,
 * instead of one foreign key per kind of record: the discussions know no
 * feature, and a new kind of subject (a project) needs no change to this
 * table. A thread still goes with its record: each subject table gets a
 * trigger that deletes the record's thread, as the foreign keys' cascade did.
 */
export class ThreadSubjects1795900000000 implements MigrationInterface {
  name = 'ThreadSubjects1795900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "thread" ADD "subject_type" "public"."subject_type", ADD "subject_id" uuid`,
    );
    await q.query(
      `UPDATE "thread" SET
         "subject_type" = CASE WHEN need_id IS NOT NULL THEN 'NEED'
                               WHEN solution_id IS NOT NULL THEN 'SOLUTION'
                               ELSE 'MATCH' END::"public"."subject_type",
         "subject_id" = coalesce(need_id, solution_id, match_id)`,
    );
    await q.query(
      `ALTER TABLE "thread" ALTER "subject_type" SET NOT NULL, ALTER "subject_id" SET NOT NULL`,
    );
    await q.query(`ALTER TABLE "thread" DROP CONSTRAINT "ck_thread_one_subject"`);
    await q.query(
      `ALTER TABLE "thread" DROP CONSTRAINT "FK_7cfde17a225ec1cc58fb2973b8c", DROP CONSTRAINT "FK_fa74d7df9455d1b3852105107c5", DROP CONSTRAINT "FK_13437ea6b6c85d210aff661f6af"`,
    );
    await q.query(`DROP INDEX "public"."uq_thread_need"`);
    await q.query(`DROP INDEX "public"."uq_thread_solution"`);
    await q.query(`DROP INDEX "public"."uq_thread_match"`);
    await q.query(
      `ALTER TABLE "thread" DROP COLUMN "need_id", DROP COLUMN "solution_id", DROP COLUMN "match_id"`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_thread_subject" ON "thread" ("subject_type", "subject_id")`,
    );
    // The record's thread goes with it (TG_ARGV[0]: the subject type of the table).
    await q.query(
      `CREATE FUNCTION public.d4d_delete_subject_thread() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM public.thread
          WHERE subject_type = TG_ARGV[0]::public.subject_type AND subject_id = OLD.id;
         RETURN OLD;
       END $$`,
    );
    for (const [table, type] of SUBJECT_TABLES) {
      await q.query(
        `CREATE TRIGGER "tg_${table}_thread" AFTER DELETE ON "${table}"
           FOR EACH ROW EXECUTE FUNCTION public.d4d_delete_subject_thread('${type}')`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of SUBJECT_TABLES) {
      await q.query(`DROP TRIGGER "tg_${table}_thread" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION public.d4d_delete_subject_thread()`);
    await q.query(`DROP INDEX "public"."uq_thread_subject"`);
    await q.query(
      `ALTER TABLE "thread" ADD "need_id" uuid, ADD "solution_id" uuid, ADD "match_id" uuid`,
    );
    await q.query(
      `UPDATE "thread" SET
         need_id = CASE WHEN subject_type = 'NEED' THEN subject_id END,
         solution_id = CASE WHEN subject_type = 'SOLUTION' THEN subject_id END,
         match_id = CASE WHEN subject_type = 'MATCH' THEN subject_id END`,
    );
    await q.query(`ALTER TABLE "thread" DROP COLUMN "subject_type", DROP COLUMN "subject_id"`);
    await q.query(`CREATE UNIQUE INDEX "uq_thread_need" ON "thread" ("need_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_thread_solution" ON "thread" ("solution_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_thread_match" ON "thread" ("match_id")`);
    await q.query(
      `ALTER TABLE "thread" ADD CONSTRAINT "ck_thread_one_subject" CHECK (num_nonnulls(need_id, solution_id, match_id) = 1)`,
    );
    await q.query(
      `ALTER TABLE "thread" ADD CONSTRAINT "FK_7cfde17a225ec1cc58fb2973b8c" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "thread" ADD CONSTRAINT "FK_fa74d7df9455d1b3852105107c5" FOREIGN KEY ("solution_id") REFERENCES "solution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "thread" ADD CONSTRAINT "FK_13437ea6b6c85d210aff661f6af" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}

/** The tables whose records have threads, with their subject type (as of this migration). */
const SUBJECT_TABLES = [
  ['need', 'NEED'],
  ['solution', 'SOLUTION'],
  ['match', 'MATCH'],
] as const;
