import type { Recommendation, ReviewFieldsFragment, ReviewMatchInput } from '@/generated/lazy';
import type { Validators } from '@/lib/form';

/** The four rubric scores, in the order a reviewer reads them. */
export const RUBRIC = [
  'relevance',
  'feasibility',
  'sustainability',
  'principlesAlignment',
] as const;
export type RubricField = (typeof RUBRIC)[number];

export const RECOMMENDATIONS: readonly Recommendation[] = ['ACCEPT', 'REJECT', 'ABSTAIN'];

export const REVIEW_FIELDS: readonly string[] = [...RUBRIC, 'recommendation', 'comment'];

/** Radio groups hold strings: '' until chosen, then '1' to '5'. */
export type ReviewFormValues = Record<RubricField, string> & {
  recommendation: Recommendation | '';
  comment: string;
};

/** Empty, or the reviewer's own review to change (a new one replaces it). */
export function reviewFormValues(review?: ReviewFieldsFragment | null): ReviewFormValues {
  return {
    relevance: review ? String(review.relevance) : '',
    feasibility: review ? String(review.feasibility) : '',
    sustainability: review ? String(review.sustainability) : '',
    principlesAlignment: review ? String(review.principlesAlignment) : '',
    recommendation: review?.recommendation ?? '',
    comment: review?.comment ?? '',
  };
}

export function reviewValidators(required: string): Validators<ReviewFormValues> {
  const chosen = (value: string) => (value ? null : required);
  return {
    relevance: chosen,
    feasibility: chosen,
    sustainability: chosen,
    principlesAlignment: chosen,
    recommendation: chosen,
  };
}

export function toReviewInput(matchId: string, values: ReviewFormValues): ReviewMatchInput {
  return {
    matchId,
    relevance: Number(values.relevance),
    feasibility: Number(values.feasibility),
    sustainability: Number(values.sustainability),
    principlesAlignment: Number(values.principlesAlignment),
    recommendation: values.recommendation as Recommendation,
    comment: values.comment.trim() || null,
  };
}
