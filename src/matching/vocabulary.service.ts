import { createHash } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { VOCABULARY } from './vocabulary';

const SYNC_LOCK = 4_164_010_306;

/**
 * Keeps the database's copy of the vocabulary (vocabulary_phrase) equal to
 * vocabulary.ts: at start, when the list has changed, it replaces the
 * phrases and recomputes every record's concept_ids and concept_terms, under a lock so that
 * several processes starting together do it once.
 */
@Injectable()
export class VocabularyService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Vocabulary');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onApplicationBootstrap(): Promise<void> {
    return this.sync();
  }

  async sync(): Promise<void> {
    const concepts = Object.values(VOCABULARY).flat();
    const hash = createHash('sha256').update(JSON.stringify(concepts)).digest('hex');
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SYNC_LOCK]);
      const [current] = await tx.query('SELECT hash FROM vocabulary_version');
      if (current?.hash === hash) return;
      // Recomputing every record's concepts can outlast the usual statement timeout on a large catalogue.
      await tx.query('SET LOCAL statement_timeout = 0');
      const phrases = concepts.flatMap((c, concept) =>
        [...new Set([...c.en, ...c.fr])].map((phrase) => ({ concept, phrase })),
      );
      await tx.query('DELETE FROM vocabulary_phrase');
      await tx.query(
        `INSERT INTO vocabulary_phrase (concept, phrase, lexemes)
         SELECT c, p, public.d4d_terms(p, NULL, NULL, NULL) FROM unnest($1::int[], $2::text[]) AS x(c, p)
         WHERE cardinality(public.d4d_terms(p, NULL, NULL, NULL)) > 0`,
        [phrases.map((p) => p.concept), phrases.map((p) => p.phrase)],
      );
      // concept_terms expands the new concept_ids, so these are computed once, in the subquery.
      const recompute = (table: string) =>
        tx.query(
          `UPDATE ${table} SET concept_ids = c.ids, concept_terms = public.d4d_concept_terms(terms, c.ids)
           FROM (SELECT id, public.d4d_concepts(terms) AS ids FROM ${table}) c WHERE c.id = ${table}.id`,
        );
      const needs = await recompute('need');
      const solutions = await recompute('solution');
      // Every stored ranking read the old concepts (the needs' too, which no epoch tracks).
      await tx.query('DELETE FROM need_suggestion_list');
      await tx.query(
        'INSERT INTO vocabulary_version (hash) VALUES ($1) ON CONFLICT (id) DO UPDATE SET hash = EXCLUDED.hash',
        [hash],
      );
      this.logger.log(
        `Vocabulary of ${concepts.length} concepts loaded; concepts recomputed for ${needs[1] ?? 0} needs and ${solutions[1] ?? 0} solutions`,
      );
    });
  }
}
