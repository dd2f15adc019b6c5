import { MATURITY_ORDER } from '../common/enums';

/**
 * The ranking's factors and their weights, in one place. Each factor is a
 * value in [0, 1]; the score is the weighted sum, so it lies in [0, 1] and
 * the reasons' contributions add up to it.
 */
export const WEIGHTS = {
  domains: 0.3,
  text: 0.4,
  country: 0.15,
  maturity: 0.05,
  principles: 0.1,
} as const;
export type Factor = keyof typeof WEIGHTS;
export const FACTORS = Object.keys(WEIGHTS) as Factor[];

/** A ranked pair's factor values, as the ranking's SQL returns them (a numeric may come as a string). */
export type FactorValues = { [F in Factor as `${F}_value`]: number | string };

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** What each factor adds to a pair's score, as its reason shows it: weight × value, to 6 decimals. */
export const contributionsOf = (values: FactorValues): Record<Factor, number> =>
  Object.fromEntries(
    FACTORS.map((f) => [f, round6(WEIGHTS[f] * Number(values[`${f}_value`]))]),
  ) as Record<Factor, number>;

/** A pair's score: the sum of its contributions as shown, so that the reasons add up to it exactly. */
export const scoreOf = (contributions: Record<Factor, number>): number =>
  Math.min(1, Math.max(0, round6(FACTORS.reduce((sum, f) => sum + contributions[f], 0))));

/** Deployed in the need's country counts fully; in its sub-region, half. */
export const COUNTRY_FIT = { same: 1, region: 0.5, none: 0 } as const;

/**
 * Text relevance: half the share of the query side's title and tag words
 * that the other side has, half the share of the query side's vocabulary
 * concepts (see vocabulary.ts) that the other side mentions too, in whatever
 * language; TEXT_FULL of that counts as a full match. A title word counts as
 * shared when the other side has its stem, or when the word belongs to a
 * vocabulary phrase of the query side and the other side mentions a concept
 * with that word among its wordings (concept_terms): a French title's words
 * are not lost on an English record that says the same thing.
 */
export const TEXT_FULL = 0.6;

/** Maturity from IDEA (0) to SCALED (1), evenly spaced. */
export const maturityValue = (m: string) =>
  MATURITY_ORDER.indexOf(m as never) / (MATURITY_ORDER.length - 1);

export const MATURITY_SQL = (alias: string) =>
  `(CASE ${alias}.maturity ${MATURITY_ORDER.map((m) => `WHEN '${m}' THEN ${maturityValue(m)}`).join(' ')} ELSE 0 END)`;

/**
 * The words of a record (title and tags) that are words in both languages:
 * "des" is a French stop word but an English token, "the" the reverse.
 * Parameter: :words.
 */
export const CONTENT_WORDS_SQL = `(
  SELECT w FROM unnest(CAST(:words AS text[])) w
  WHERE length(to_tsvector('public.d4d_en', w)) > 0 AND length(to_tsvector('public.d4d_fr', w)) > 0
)`;

/**
 * The query side's integer sets: its content words' stems (:words), those
 * of them that its own vocabulary phrases use (qwc), its concepts (stored
 * with the record by a trigger), its codes. `record` is the FROM clause of
 * the query side's row: `FROM need WHERE id = ...`.
 */
export const PROFILE_SQL = (record: string) => `
  public.d4d_terms(array_to_string(CAST(:words AS text[]), ' '), NULL, NULL, NULL) AS qw,
  public.d4d_terms(array_to_string(CAST(:words AS text[]), ' '), NULL, NULL, NULL) & coalesce((
    SELECT array_agg(l) FROM public.vocabulary_phrase p CROSS JOIN unnest(p.lexemes) l
    WHERE p.lexemes <@ coalesce((SELECT terms ${record}), '{}')), '{}') AS qwc,
  coalesce((SELECT concept_ids ${record}), '{}') AS qk,
  public.d4d_ids(CAST(:domains AS varchar[])) AS qd,
  public.d4d_ids(CAST(:principles AS varchar[])) AS qp`;

/**
 * A row's overlaps with the profile, computed once per row (OFFSET 0 keeps
 * the planner from copying the intersections into every expression that
 * uses them): `o.tw` shared stems (its own, or its concepts' wordings for
 * the query's phrase words), `o.tk` shared concepts.
 */
export const OVERLAP_SQL = (alias: string) =>
  `CROSS JOIN LATERAL (SELECT icount((${alias}.terms & q.qw) | (${alias}.concept_terms & q.qwc)) AS tw,
     icount(${alias}.concept_ids & q.qk) AS tk OFFSET 0) o`;

/** Text relevance of a row (its overlaps, OVERLAP_SQL) against the profile. */
export const TEXT_SQL = `least(1, (
  0.5 * o.tw::float / greatest(icount(q.qw), 1) +
  0.5 * (CASE WHEN icount(q.qk) = 0 THEN o.tw::float / greatest(icount(q.qw), 1)
              ELSE o.tk::float / icount(q.qk) END)
  ) / ${TEXT_FULL})`;

/** The content words and vocabulary phrases of the query that a row's vector contains (for the reasons). */
export const TERMS_HIT_SQL = (vector: string) => `ARRAY(
  SELECT cw.w FROM ${CONTENT_WORDS_SQL} AS cw(w)
   WHERE ${vector} @@ (plainto_tsquery('public.d4d_en', cw.w) || plainto_tsquery('public.d4d_fr', cw.w))
  UNION
  SELECT t FROM unnest(CAST(:qterms AS text[])) t
   WHERE length(to_tsvector('public.d4d_en', t)) > 0 AND length(to_tsvector('public.d4d_fr', t)) > 0
     AND ${vector} @@ (phraseto_tsquery('public.d4d_en', t) || phraseto_tsquery('public.d4d_fr', t)))`;

/** Best first; equal scores go to the closer text, then to the wider domain coverage. */
export const RANK_KEY = 'round(score::numeric, 6) DESC, text_value DESC, domains_value DESC';

/**
 * The whole order: rows that RANK_KEY leaves equal go to the higher
 * `closeness` (CLOSENESS_SQL), and only rows equal on that too to the id.
 * The ranking computes closeness only for its first rows and those tied
 * with the last of them (FETCH ... WITH TIES over RANK_KEY), not for every
 * candidate.
 */
// NULLS LAST: a list stored before closeness existed must not jump ahead (PostgreSQL puts NULLs first in DESC).
export const RANK_ORDER = `${RANK_KEY}, closeness DESC NULLS LAST, id`;

/**
 * Where the query side's words and vocabulary wordings (:closeness, joined
 * by "or") sit in a record: PostgreSQL's full-text rank over its weighted
 * vector, so that a title outweighs tags and summary, which outweigh the
 * description. Rounded so that stored lists compare as the SQL did.
 */
export const CLOSENESS_SQL = (vector: string) =>
  `round(ts_rank(${vector}, public.d4d_search_query(CAST(:closeness AS text)))::numeric, 6)`;

/**
 * The CTEs `tied` and `top` after a `scored` CTE of candidates (with the
 * factor columns) in `table` as `alias`: the first :first rows in
 * RANK_ORDER, with closeness computed only for the rows RANK_KEY ties at the
 * cut (FETCH FIRST … WITH TIES), not for every candidate.
 */
export const TOP_SQL = (table: string, alias: string) => `
  tied AS (SELECT * FROM (SELECT *, ${SCORE_SQL} AS score FROM scored) ranked
           ORDER BY ${RANK_KEY} FETCH FIRST (:first) ROWS WITH TIES),
  top AS (SELECT * FROM (SELECT tied.*, ${CLOSENESS_SQL(`${alias}.search_vector`)} AS closeness
                         FROM tied JOIN ${table} ${alias} ON ${alias}.id = tied.id) c
          ORDER BY ${RANK_ORDER} LIMIT :first)`;

/** RANK_ORDER over the columns of `top`, for the statement's final ORDER BY. */
export const TOP_ORDER = RANK_ORDER.replace(/(\w+_value|score|closeness|id)/g, 'top.$1');

/** The :closeness query of a record's words and its vocabulary wordings. */
export const closenessQuery = (words: string[], phrases: string[]) =>
  [...words, ...phrases.map((p) => `"${p}"`)].join(' or ');

/** The score from the factor columns (named as FACTORS), with the weights above. */
export const SCORE_SQL = FACTORS.map((f) => `${WEIGHTS[f]} * ${f}_value`).join(' + ');
