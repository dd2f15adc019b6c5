import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { needReadScope, seesMatchesOf } from '../auth/policy';
import { Need } from '../needs';
import { ReferenceService } from '../reference/reference.service';
import { Solution } from '../solutions';
import { LIVE_STATUSES } from './match-workflow';
import {
  closenessQuery,
  COUNTRY_FIT,
  MATURITY_SQL,
  maturityValue,
  OVERLAP_SQL,
  PROFILE_SQL,
  TERMS_HIT_SQL,
  TEXT_SQL,
  TOP_ORDER,
  TOP_SQL,
} from './ranking';
import { crossLanguageTerms } from './vocabulary';

/** One ranked candidate: its factor values, the tie-break, and what the reasons name. */
export interface RankedRow {
  id: string;
  score: number;
  domains_value: number;
  text_value: number;
  country_value: number;
  maturity_value: number;
  principles_value: number;
  /** The tie-break after the factors (CLOSENESS_SQL). */
  closeness: number;
  domains_hit: string[];
  principles_hit: string[];
  words_hit: string[];
  region_countries_hit: string[];
}

/** Which solutions to rank for a need, and how many to return. */
export interface SolutionsQuery {
  first: number;
  /** Only these solutions (one pair, or the pairs of a page); all published ones when absent. */
  only?: readonly string[];
  /** Solutions not to rank (those with a live match the viewer may read). */
  leaveOut?: readonly string[];
}

// Function words that PostgreSQL's French and English stop lists both let through.
const FUNCTION_WORDS = new Set(
  'les cette leurs plus tout tous toutes also être avoir afin ainsi comme entre chez sans sous vers dont quoi'.split(
    ' ',
  ),
);
const distinctWords = (text: string) => [
  ...new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]{2,}/gu) ?? []).filter(
      (w) => !FUNCTION_WORDS.has(w),
    ),
  ),
];

/**
 * The query side's text parameters: the words of its title and tags
 * (:words), the vocabulary wordings its whole text mentions (:qterms), and
 * the two joined for the closeness tie-break (:closeness).
 */
function textParams(titleAndTags: string[], wholeText: string[]) {
  const words = distinctWords(titleAndTags.join(' '));
  const qterms = crossLanguageTerms(wholeText.join(' '));
  return { words, qterms, closeness: closenessQuery(words, qterms) };
}

/**
 * The ranking query: one statement that ranks, in PostgreSQL, published
 * solutions for a need (or open needs for a solution) by the factors of
 * ranking.ts, best first in RANK_ORDER, with what the reasons name. The same
 * statement ranks a whole list or scores given pairs (`only`).
 */
@Injectable()
export class RankingQuery {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  /** Published solutions for a need, best first. */
  async solutionsFor(need: Need, opts: SolutionsQuery): Promise<RankedRow[]> {
    const country = await this.reference.country(need.countryCode);
    const regionCodes = await this.countriesOfRegions(
      [country?.region].filter(Boolean) as string[],
    );
    const params = {
      ...textParams(
        [need.title, need.tags.join(' ')],
        [need.title, need.tags.join(' '), need.description],
      ),
      domains: need.domainCodes,
      principles: need.principleCodes,
      country: need.countryCode,
      region: regionCodes.filter((c) => c !== need.countryCode),
      needId: need.id,
      first: opts.first,
      only: opts.only ?? null,
      leaveOut: opts.leaveOut ?? [],
    };
    // Literal statuses, so that the planner uses the partial GIN indexes. The profile `q` is
    // MATERIALIZED: inlined, its stemming would run again for every candidate row.
    const sql = `
      WITH q AS MATERIALIZED (SELECT ${PROFILE_SQL('FROM need WHERE id = CAST(:needId AS uuid)')},
          public.d4d_ids(ARRAY[CAST(:country AS varchar)]) AS qcountry,
          public.d4d_ids(CAST(:region AS varchar[])) AS qregion),
      scored AS (
        SELECT s.id,
          icount(s.domain_ids & q.qd)::float / greatest(icount(q.qd), 1) AS domains_value,
          ${TEXT_SQL} AS text_value,
          CASE WHEN s.country_ids && q.qcountry THEN ${COUNTRY_FIT.same}
               WHEN s.country_ids && q.qregion THEN ${COUNTRY_FIT.region}
               ELSE ${COUNTRY_FIT.none} END AS country_value,
          ${MATURITY_SQL('s')} AS maturity_value,
          CASE WHEN icount(q.qp) = 0 THEN 0 ELSE icount(s.principle_ids & q.qp)::float / icount(q.qp) END AS principles_value
        FROM solution s CROSS JOIN q ${OVERLAP_SQL('s')}
        WHERE s.status = 'PUBLISHED'
          AND (CAST(:only AS uuid[]) IS NULL OR s.id = ANY(CAST(:only AS uuid[])))
          AND (s.domain_ids && q.qd OR s.terms && q.qw OR s.concept_ids && q.qk)
          AND s.id <> ALL(CAST(:leaveOut AS uuid[]))
      ),
      ${TOP_SQL('solution', 's')}
      SELECT top.id, top.score, top.domains_value, top.text_value, top.country_value, top.maturity_value, top.principles_value, top.closeness,
        ARRAY(SELECT unnest(s.domain_codes) INTERSECT SELECT unnest(CAST(:domains AS varchar[]))) AS domains_hit,
        ARRAY(SELECT unnest(s.principle_codes || CASE WHEN s.open_source THEN '{OPEN_STANDARDS}'::varchar[] ELSE '{}'::varchar[] END)
              INTERSECT SELECT unnest(CAST(:principles AS varchar[]))) AS principles_hit,
        ${TERMS_HIT_SQL('s.search_vector')} AS words_hit,
        ARRAY(SELECT unnest(s.country_codes_deployed) INTERSECT SELECT unnest(CAST(:region AS varchar[]))) AS region_countries_hit
      FROM top JOIN solution s ON s.id = top.id
      ORDER BY ${TOP_ORDER}`;
    return this.ranked(sql, params);
  }

  /**
   * Open needs the caller may read, for a solution, best first; pairs with a
   * live match left out when the caller may read the solution's matches (a
   * provider looking at a competitor's solution must not learn from the gaps
   * which needs it is proposed for).
   */
  async needsFor(user: AuthUser, solution: Solution, first: number): Promise<RankedRow[]> {
    const deployed = await this.reference.countriesOf(solution.countryCodesDeployed);
    const regionCodes = await this.countriesOfRegions([...new Set(deployed.map((c) => c.region))]);
    const offered = [
      ...solution.principleCodes,
      ...(solution.openSource ? ['OPEN_STANDARDS'] : []),
    ];
    const scope = needReadScope(user, 'need');
    const params = {
      ...scope.params,
      ...textParams(
        [solution.title, solution.tags.join(' ')],
        [solution.title, solution.summary, solution.tags.join(' '), solution.description],
      ),
      domains: solution.domainCodes,
      principles: offered,
      deployed: solution.countryCodesDeployed,
      region: regionCodes,
      solutionId: solution.id,
      live: LIVE_STATUSES,
      first,
    };
    const sql = `
      WITH q AS MATERIALIZED (SELECT ${PROFILE_SQL('FROM solution WHERE id = CAST(:solutionId AS uuid)')},
          public.d4d_ids(CAST(:deployed AS varchar[])) AS qcountry,
          public.d4d_ids(CAST(:region AS varchar[])) AS qregion),
      scored AS (
        SELECT need.id,
          icount(need.domain_ids & q.qd)::float / greatest(icount(need.domain_ids), 1) AS domains_value,
          ${TEXT_SQL} AS text_value,
          CASE WHEN public.d4d_ids(ARRAY[need.country_code]) && q.qcountry THEN ${COUNTRY_FIT.same}
               WHEN public.d4d_ids(ARRAY[need.country_code]) && q.qregion THEN ${COUNTRY_FIT.region}
               ELSE ${COUNTRY_FIT.none} END AS country_value,
          ${maturityValue(solution.maturity)} AS maturity_value,
          CASE WHEN icount(need.principle_ids) = 0 THEN 0
               ELSE icount(need.principle_ids & q.qp)::float / icount(need.principle_ids) END AS principles_value
        FROM need CROSS JOIN q ${OVERLAP_SQL('need')}
        WHERE need.status = 'OPEN' AND ${scope.sql}
          AND (need.domain_ids && q.qd OR need.terms && q.qw OR need.concept_ids && q.qk)
          ${seesMatchesOf(user, solution) ? 'AND NOT EXISTS (SELECT 1 FROM match m WHERE m.solution_id = :solutionId AND m.need_id = need.id AND m.status IN (:...live))' : ''}
      ),
      ${TOP_SQL('need', 'need')}
      SELECT top.id, top.score, top.domains_value, top.text_value, top.country_value, top.maturity_value, top.principles_value, top.closeness,
        ARRAY(SELECT unnest(need.domain_codes) INTERSECT SELECT unnest(CAST(:domains AS varchar[]))) AS domains_hit,
        ARRAY(SELECT unnest(need.principle_codes) INTERSECT SELECT unnest(CAST(:principles AS varchar[]))) AS principles_hit,
        ${TERMS_HIT_SQL('need.search_vector')} AS words_hit,
        ARRAY[]::varchar[] AS region_countries_hit
      FROM top JOIN need ON need.id = top.id
      ORDER BY ${TOP_ORDER}`;
    return this.ranked(sql, params);
  }

  /** The solutions with a live match on the need, of the matches the viewer may read (null: all). */
  async liveSolutions(needId: string, viewer: AuthUser | null): Promise<string[]> {
    const rows = await this.db.query<{ solution_id: string; provider_id: string }[]>(
      `SELECT m.solution_id, s.provider_id FROM match m JOIN solution s ON s.id = m.solution_id
       WHERE m.need_id = $1 AND m.status = ANY($2)`,
      [needId, LIVE_STATUSES],
    );
    return rows
      .filter((r) => !viewer || seesMatchesOf(viewer, { providerId: r.provider_id }))
      .map((r) => r.solution_id);
  }

  private async countriesOfRegions(regions: string[]): Promise<string[]> {
    if (regions.length === 0) return [];
    const all = await this.reference.countries();
    return all.filter((c) => regions.includes(c.region)).map((c) => c.code);
  }

  /** Runs a ranking statement with TypeORM's named parameters. */
  private async ranked(sql: string, params: Record<string, unknown>): Promise<RankedRow[]> {
    const [text, values] = this.db.driver.escapeQueryWithParameters(sql, params);
    const rows = (await this.db.query(text, values)) as RankedRow[];
    return rows.map((r) => ({ ...r, score: Number(r.score), closeness: Number(r.closeness) }));
  }
}
