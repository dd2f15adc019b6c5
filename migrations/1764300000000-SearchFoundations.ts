import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search in French and English with accents folded: two text
 * search configurations that run `unaccent` before the stemmer, and one
 * IMMUTABLE function that builds the weighted vector (title A, tags and
 * summary B, description C) so that it can back a stored generated column.
 * Names are schema-qualified because generated columns are evaluated with an
 * empty search_path during a restore.
 */
export class SearchFoundations1764300000000 implements MigrationInterface {
  name = 'SearchFoundations1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    for (const [name, stem] of [
      ['d4d_fr', 'french'],
      ['d4d_en', 'english'],
    ]) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION public.${name} (COPY = pg_catalog.${stem})`);
      await q.query(
        `ALTER TEXT SEARCH CONFIGURATION public.${name}
           ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, ${stem}_stem`,
      );
    }
    await q.query(`
      CREATE FUNCTION public.d4d_search_vector(title text, tags varchar[], summary text, body text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT
          setweight(to_tsvector('public.d4d_en'::regconfig, coalesce(title, '')), 'A') ||
          setweight(to_tsvector('public.d4d_fr'::regconfig, coalesce(title, '')), 'A') ||
          setweight(to_tsvector('public.d4d_en'::regconfig, coalesce(array_to_string(tags, ' '), '')), 'B') ||
          setweight(to_tsvector('public.d4d_fr'::regconfig, coalesce(array_to_string(tags, ' '), '')), 'B') ||
          setweight(to_tsvector('public.d4d_en'::regconfig, coalesce(summary, '')), 'B') ||
          setweight(to_tsvector('public.d4d_fr'::regconfig, coalesce(summary, '')), 'B') ||
          setweight(to_tsvector('public.d4d_en'::regconfig, coalesce(body, '')), 'C') ||
          setweight(to_tsvector('public.d4d_fr'::regconfig, coalesce(body, '')), 'C')
      $$`);
    await q.query(`
      CREATE FUNCTION public.d4d_search_query(q text)
      RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT websearch_to_tsquery('public.d4d_en'::regconfig, q) ||
               websearch_to_tsquery('public.d4d_fr'::regconfig, q)
      $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION public.d4d_search_query(text)`);
    await q.query(`DROP FUNCTION public.d4d_search_vector(text, varchar[], text, text)`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION public.d4d_en`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION public.d4d_fr`);
  }
}
