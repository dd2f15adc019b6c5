import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the ranking compares, stored with each need and solution as sorted
 * integer sets (intarray): the stems of its text in French and English, and
 * its domains, principles (open source counting for OPEN_STANDARDS) and
 * countries. Overlaps of such sets cost a fraction of a microsecond, which
 * keeps the ranking in the database fast at 100,000 solutions; GIN indexes
 * find the candidates.
 */
export class MatchingProfiles1795890000000 implements MigrationInterface {
  name = 'MatchingProfiles1795890000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS intarray WITH SCHEMA public`);
    await q.query(`
      CREATE FUNCTION public.d4d_terms(title text, tags varchar[], summary text, body text)
      RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT hashtext(lexeme) ORDER BY hashtext(lexeme)), '{}')
        FROM unnest(tsvector_to_array(
          to_tsvector('public.d4d_en'::regconfig, concat_ws(' ', title, array_to_string(tags, ' '), summary, body)) ||
          to_tsvector('public.d4d_fr'::regconfig, concat_ws(' ', title, array_to_string(tags, ' '), summary, body))
        )) AS lexeme
      $$`);
    await q.query(`
      CREATE FUNCTION public.d4d_ids(codes varchar[])
      RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT hashtext(c) ORDER BY hashtext(c)), '{}') FROM unnest(codes) AS c
      $$`);
    const generated: [string, string, string][] = [
      ['solution', 'terms', 'public.d4d_terms(title, tags, summary, description)'],
      ['solution', 'domain_ids', 'public.d4d_ids(domain_codes)'],
      [
        'solution',
        'principle_ids',
        "public.d4d_ids(principle_codes || CASE WHEN open_source THEN '{OPEN_STANDARDS}'::varchar[] ELSE '{}'::varchar[] END)",
      ],
      ['solution', 'country_ids', 'public.d4d_ids(country_codes_deployed)'],
      ['need', 'terms', 'public.d4d_terms(title, tags, NULL, description)'],
      ['need', 'domain_ids', 'public.d4d_ids(domain_codes)'],
      ['need', 'principle_ids', 'public.d4d_ids(principle_codes)'],
    ];
    for (const [table, column, expression] of generated) {
      await q.query(
        `ALTER TABLE "${table}" ADD "${column}" integer array GENERATED ALWAYS AS (${expression}) STORED NOT NULL`,
      );
      await q.query(
        `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
        ['public', table, 'GENERATED_COLUMN', column, expression],
      );
    }
    await q.query(
      `CREATE INDEX ix_solution_terms ON solution USING gin (terms gin__int_ops) WHERE status = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE INDEX ix_solution_domain_ids ON solution USING gin (domain_ids gin__int_ops) WHERE status = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE INDEX ix_need_terms ON need USING gin (terms gin__int_ops) WHERE status = 'OPEN'`,
    );
    await q.query(
      `CREATE INDEX ix_need_domain_ids ON need USING gin (domain_ids gin__int_ops) WHERE status = 'OPEN'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'ix_need_domain_ids',
      'ix_need_terms',
      'ix_solution_domain_ids',
      'ix_solution_terms',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
    for (const [table, column] of [
      ['need', 'principle_ids'],
      ['need', 'domain_ids'],
      ['need', 'terms'],
      ['solution', 'country_ids'],
      ['solution', 'principle_ids'],
      ['solution', 'domain_ids'],
      ['solution', 'terms'],
    ]) {
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
      await q.query(
        `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = $1 AND "database" = current_database() AND "schema" = 'public' AND "table" = $2`,
        [column, table],
      );
    }
    await q.query(`DROP FUNCTION public.d4d_ids(varchar[])`);
    await q.query(`DROP FUNCTION public.d4d_terms(text, varchar[], text, text)`);
  }
}
