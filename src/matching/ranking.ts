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

/** Deployed in the need's country counts fully; in its sub-region, half. */
export const COUNTRY_FIT = { same: 1, region: 0.5, none: 0 } as const;

/**
 * Text relevance: half the share of the query side's content words found in
 * the other side's stems, half the share of its vocabulary concepts (see
 * vocabulary.ts) that the other side mentions too, in whatever language;
 * TEXT_FULL of that counts as a full match. Tuned on test/fixtures/matching.
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
 * The query side's integer sets: its content words' stems (:words), its
 * concepts (stored with the record by a trigger), its codes.
 */
export const PROFILE_SQL = (concepts: string) => `
  public.d4d_terms(array_to_string(CAST(:words AS text[]), ' '), NULL, NULL, NULL) AS qw,
  coalesce(${concepts}, '{}') AS qk,
  public.d4d_ids(CAST(:domains AS varchar[])) AS qd,
  public.d4d_ids(CAST(:principles AS varchar[])) AS qp`;

/**
 * A row's overlaps with the profile, computed once per row (OFFSET 0 keeps
 * the planner from copying the intersections into every expression that
 * uses them): `o.tw` shared stems, `o.tk` shared concepts.
 */
export const OVERLAP_SQL = (alias: string) =>
  `CROSS JOIN LATERAL (SELECT icount(${alias}.terms & q.qw) AS tw, icount(${alias}.concept_ids & q.qk) AS tk OFFSET 0) o`;

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

/**
 * Best first; equal scores go to the closer text, then to the wider domain
 * coverage, so that the order never depends on the ids.
 */
export const RANK_ORDER = 'round(score::numeric, 6) DESC, text_value DESC, domains_value DESC, id';

/** The score from the factor columns (named as FACTORS), with the weights above. */
export const SCORE_SQL = FACTORS.map((f) => `${WEIGHTS[f]} * ${f}_value`).join(' + ');
