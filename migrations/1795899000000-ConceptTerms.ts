import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each need and solution also stores concept_terms: the stems that the
 * wordings, in both languages, of the concepts it mentions add to its own
 * (terms). The ranking counts a word of the query side's title as shared
 * when a record has it among either, and the query side uses that word in
 * one of its own vocabulary phrases: "naissances" in "enregistrement des
 * naissances" is then found in an English solution about birth
 * registration, as "births" would be in a French one. Only the added stems
 * are stored, so that rows stay small. The trigger that keeps concept_ids
 * keeps concept_terms too; the server recomputes both when the vocabulary
 * changes.
 */
export class ConceptTerms1795899000000 implements MigrationInterface {
  name = 'ConceptTerms1795899000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION public.d4d_concept_terms(terms int[], concepts int[]) RETURNS int[]
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(public.uniq(public.sort(array_agg(l))) OPERATOR(public.-) terms, '{}')
        FROM public.vocabulary_phrase p CROSS JOIN unnest(p.lexemes) AS l
        WHERE p.concept = ANY(concepts)
      $$`);
    for (const table of ['need', 'solution']) {
      await q.query(
        `ALTER TABLE "${table}" ADD "concept_terms" integer array NOT NULL DEFAULT '{}'`,
      );
      const summary = table === 'solution' ? 'NEW.summary' : 'NULL';
      await q.query(`
        CREATE OR REPLACE FUNCTION public.d4d_${table}_concepts() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          t int[] := public.d4d_terms(NEW.title, NEW.tags, ${summary}, NEW.description);
        BEGIN
          NEW.concept_ids := public.d4d_concepts(t);
          NEW.concept_terms := public.d4d_concept_terms(t, NEW.concept_ids);
          RETURN NEW;
        END $$`);
      await q.query(
        `UPDATE "${table}" SET concept_terms = public.d4d_concept_terms(terms, concept_ids)`,
      );
    }
    // The text factor and the order changed: rankings stored under the old ones are dropped
    // (the needs' new concept_terms are tracked by no epoch).
    await q.query('DELETE FROM need_suggestion_list');
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['need', 'solution']) {
      const summary = table === 'solution' ? 'NEW.summary' : 'NULL';
      await q.query(`
        CREATE OR REPLACE FUNCTION public.d4d_${table}_concepts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.concept_ids := public.d4d_concepts(public.d4d_terms(NEW.title, NEW.tags, ${summary}, NEW.description));
          RETURN NEW;
        END $$`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "concept_terms"`);
    }
    await q.query('DELETE FROM need_suggestion_list');
    await q.query(`DROP FUNCTION public.d4d_concept_terms(int[], int[])`);
  }
}
