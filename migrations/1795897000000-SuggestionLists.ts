import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each need's ranked solutions, kept between requests (issue 3's speed
 * target): ranking a need against a large catalogue scans every candidate,
 * so the result is stored with the need's version and the catalogue's epoch
 * it was computed at, and reused until either changes. The epoch is one row
 * that any change to what the ranking reads of a solution increments, in the
 * writer's own transaction, so that a list computed before a change committed
 * is never taken for a fresh one.
 */
export class SuggestionLists1795897000000 implements MigrationInterface {
  name = 'SuggestionLists1795897000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "catalogue_epoch" (
        "id" smallint NOT NULL DEFAULT 1 CONSTRAINT "ck_catalogue_epoch_single" CHECK (id = 1),
        "epoch" bigint NOT NULL DEFAULT 0,
        CONSTRAINT "pk_catalogue_epoch_id" PRIMARY KEY ("id"))`);
    await q.query(`INSERT INTO "catalogue_epoch" ("id", "epoch") VALUES (1, 0)`);
    await q.query(`
      CREATE TABLE "need_suggestion_list" (
        "need_id" uuid NOT NULL,
        "need_version" integer NOT NULL,
        "epoch" bigint NOT NULL,
        "complete" boolean NOT NULL,
        "entries" jsonb NOT NULL,
        "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_need_suggestion_list_need_id" PRIMARY KEY ("need_id"),
        CONSTRAINT "fk_need_suggestion_list_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE)`);
    await q.query(`
      CREATE FUNCTION public.d4d_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public.catalogue_epoch SET epoch = epoch + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    // Statement-level: a bulk insert bumps the epoch once. The columns are those the ranking reads.
    await q.query(`
      CREATE TRIGGER solution_catalogue_changed
      AFTER INSERT OR DELETE OR UPDATE OF title, summary, description, tags, domain_codes, principle_codes,
        country_codes_deployed, maturity, open_source, status, concept_ids
      ON "solution" FOR EACH STATEMENT EXECUTE FUNCTION public.d4d_catalogue_changed()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER solution_catalogue_changed ON "solution"`);
    await q.query(`DROP FUNCTION public.d4d_catalogue_changed()`);
    await q.query(`DROP TABLE "need_suggestion_list"`);
    await q.query(`DROP TABLE "catalogue_epoch"`);
  }
}
