import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the ranking reads of a solution: a change to any of these changes some need's list. */
const RANKED = [
  'title',
  'summary',
  'description',
  'tags',
  'domain_codes',
  'principle_codes',
  'country_codes_deployed',
  'maturity',
  'open_source',
  'status',
  'concept_ids',
];

/**
 * Which solutions each catalogue epoch changed, so that a stored ranking one
 * or a few epochs old is patched (those solutions scored again for the need)
 * rather than ranked afresh over the whole catalogue. The epoch bump moves
 * from one statement-level trigger to three, one per event, each with its
 * transition table (PostgreSQL allows neither several events nor a column
 * list on a trigger with transition tables), so that a bulk write still
 * bumps the epoch once and logs its rows set-wise. An UPDATE that touches no
 * ranked column logs nothing and leaves the epoch alone.
 *
 * Every epoch has its rows in the log, written in the same transaction; the
 * oldest are pruned, and a list older than the log's first epoch is ranked
 * afresh.
 */
export class CatalogueChanges1795898000000 implements MigrationInterface {
  name = 'CatalogueChanges1795898000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "catalogue_change" (
        "epoch" bigint NOT NULL,
        "solution_id" uuid NOT NULL,
        CONSTRAINT "pk_catalogue_change" PRIMARY KEY ("epoch", "solution_id"))`);
    await q.query(`DROP TRIGGER solution_catalogue_changed ON "solution"`);
    await q.query(`DROP FUNCTION public.d4d_catalogue_changed()`);
    await q.query(`
      CREATE FUNCTION public.d4d_catalogue_record(changed uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        e bigint;
      BEGIN
        IF coalesce(cardinality(changed), 0) = 0 THEN
          RETURN;
        END IF;
        UPDATE public.catalogue_epoch SET epoch = epoch + 1 WHERE id = 1 RETURNING epoch INTO e;
        INSERT INTO public.catalogue_change (epoch, solution_id)
          SELECT DISTINCT e, x FROM unnest(changed) AS x;
        -- A window of recent epochs is enough: older lists are ranked afresh anyway.
        DELETE FROM public.catalogue_change WHERE epoch <= e - 1000;
      END $$`);
    await q.query(`
      CREATE FUNCTION public.d4d_catalogue_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM public.d4d_catalogue_record(ARRAY(SELECT id FROM new_rows));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION public.d4d_catalogue_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM public.d4d_catalogue_record(ARRAY(SELECT id FROM old_rows));
        RETURN NULL;
      END $$`);
    const cols = (alias: string) => RANKED.map((c) => `${alias}.${c}`).join(', ');
    await q.query(`
      CREATE FUNCTION public.d4d_catalogue_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM public.d4d_catalogue_record(ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE (${cols('o')}) IS DISTINCT FROM (${cols('n')})));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER solution_catalogue_inserted AFTER INSERT ON "solution"
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION public.d4d_catalogue_inserted()`);
    await q.query(`
      CREATE TRIGGER solution_catalogue_deleted AFTER DELETE ON "solution"
      REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION public.d4d_catalogue_deleted()`);
    await q.query(`
      CREATE TRIGGER solution_catalogue_updated AFTER UPDATE ON "solution"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION public.d4d_catalogue_updated()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER solution_catalogue_updated ON "solution"`);
    await q.query(`DROP TRIGGER solution_catalogue_deleted ON "solution"`);
    await q.query(`DROP TRIGGER solution_catalogue_inserted ON "solution"`);
    await q.query(`DROP FUNCTION public.d4d_catalogue_updated()`);
    await q.query(`DROP FUNCTION public.d4d_catalogue_deleted()`);
    await q.query(`DROP FUNCTION public.d4d_catalogue_inserted()`);
    await q.query(`DROP FUNCTION public.d4d_catalogue_record(uuid[])`);
    await q.query(`DROP TABLE "catalogue_change"`);
    await q.query(`
      CREATE FUNCTION public.d4d_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public.catalogue_epoch SET epoch = epoch + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER solution_catalogue_changed
      AFTER INSERT OR DELETE OR UPDATE OF ${RANKED.join(', ')}
      ON "solution" FOR EACH STATEMENT EXECUTE FUNCTION public.d4d_catalogue_changed()`);
  }
}
