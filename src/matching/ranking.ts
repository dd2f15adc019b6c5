import { MATURITY_ORDER } from '../common/enums';

/**
 * The ranking's factors and their weights, in one place. Each factor is a
 * value in [0, 1]; the score is the weighted sum, so it lies in [0, 1] and
 * the reasons' contributions add up to it.
 */
export const WEIGHTS = {
  domains: 0.3,
  text: 0.35,
  country: 0.15,
  maturity: 0.1,
  principles: 0.1,
} as const;
export type Factor = keyof typeof WEIGHTS;
export const FACTORS = Object.keys(WEIGHTS) as Factor[];

/** Deployed in the need's country counts fully; in its sub-region, half. */
export const COUNTRY_FIT = { same: 1, region: 0.5, none: 0 } as const;

/** Text relevance: ts_rank_cd normalised as rank / (rank + TEXT_HALF), so TEXT_HALF scores 0.5. */
export const TEXT_HALF = 0.2;

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
 * The search query of a record, as a tsquery: its content words (both
 * stemmers, any of them) OR the bilingual vocabulary's phrases for the
 * concepts it mentions. Parameters: :words, :qterms.
 */
export const QUERY_SQL = `(
  SELECT to_tsquery('simple', coalesce(nullif(concat_ws(' | ',
    (SELECT string_agg(DISTINCT quote_literal(lexeme), ' | ')
       FROM ${CONTENT_WORDS_SQL} AS cw(w),
            unnest(tsvector_to_array(to_tsvector('public.d4d_en', cw.w) || to_tsvector('public.d4d_fr', cw.w))) AS lexeme),
    (SELECT string_agg('(' || tq::text || ')', ' | ')
       FROM (SELECT phraseto_tsquery('public.d4d_en', t) AS tq FROM unnest(CAST(:qterms AS text[])) t
             UNION SELECT phraseto_tsquery('public.d4d_fr', t) FROM unnest(CAST(:qterms AS text[])) t) p
      WHERE numnode(tq) > 0)
  ), ''), ''))
)`;

/** The content words and vocabulary phrases of the query that a row's vector contains (for the reasons). */
export const TERMS_HIT_SQL = (vector: string) => `ARRAY(
  SELECT cw.w FROM ${CONTENT_WORDS_SQL} AS cw(w)
   WHERE ${vector} @@ (plainto_tsquery('public.d4d_en', cw.w) || plainto_tsquery('public.d4d_fr', cw.w))
  UNION
  SELECT t FROM unnest(CAST(:qterms AS text[])) t
   WHERE length(to_tsvector('public.d4d_en', t)) > 0 AND length(to_tsvector('public.d4d_fr', t)) > 0
     AND ${vector} @@ (phraseto_tsquery('public.d4d_en', t) || phraseto_tsquery('public.d4d_fr', t)))`;

/** SQL for "how many of array b are in array a". */
export const overlapSql = (a: string, b: string) =>
  `cardinality(ARRAY(SELECT unnest(${a}) INTERSECT SELECT unnest(${b})))`;

/** The score from the factor columns (named as FACTORS), with the weights above. */
export const SCORE_SQL = FACTORS.map((f) => `${WEIGHTS[f]} * ${f}_value`).join(' + ');
