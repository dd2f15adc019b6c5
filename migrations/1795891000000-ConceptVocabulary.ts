import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bilingual vocabulary in the database, so that every need and solution
 * carries the concepts it mentions (concept_ids), whichever language it is
 * written in: "paiement mobile" and "mobile money" share a concept. A
 * trigger keeps concept_ids current on every write; the server fills
 * vocabulary_phrase from src/matching/vocabulary.ts at start when the list
 * has changed, and recomputes concept_ids then.
 */
export class ConceptVocabulary1795891000000 implements MigrationInterface {
  name = 'ConceptVocabulary1795891000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vocabulary_phrase (
        id serial PRIMARY KEY,
        concept integer NOT NULL,
        phrase text NOT NULL,
        lexemes integer[] NOT NULL
      )`);
    await q.query(
      `CREATE TABLE vocabulary_version (id boolean PRIMARY KEY DEFAULT true CHECK (id), hash text NOT NULL)`,
    );
    await q.query(`
      CREATE FUNCTION public.d4d_concepts(terms int[]) RETURNS int[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT concept ORDER BY concept), '{}')
        FROM public.vocabulary_phrase WHERE terms @> lexemes
      $$`);
    for (const table of ['need', 'solution']) {
      await q.query(`ALTER TABLE "${table}" ADD "concept_ids" integer array NOT NULL DEFAULT '{}'`);
      const summary = table === 'solution' ? 'NEW.summary' : 'NULL';
      await q.query(`
        CREATE FUNCTION public.d4d_${table}_concepts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.concept_ids := public.d4d_concepts(public.d4d_terms(NEW.title, NEW.tags, ${summary}, NEW.description));
          RETURN NEW;
        END $$`);
      await q.query(`
        CREATE TRIGGER ${table}_concepts BEFORE INSERT OR UPDATE OF title, tags, description${table === 'solution' ? ', summary' : ''}
        ON "${table}" FOR EACH ROW EXECUTE FUNCTION public.d4d_${table}_concepts()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['need', 'solution']) {
      await q.query(`DROP TRIGGER ${table}_concepts ON "${table}"`);
      await q.query(`DROP FUNCTION public.d4d_${table}_concepts()`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "concept_ids"`);
    }
    await q.query(`DROP FUNCTION public.d4d_concepts(int[])`);
    await q.query(`DROP TABLE vocabulary_version`);
    await q.query(`DROP TABLE vocabulary_phrase`);
  }
}
