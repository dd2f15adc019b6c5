import { Anchor } from '@mantine/core';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchSummaryFragment } from '@/generated/lazy';
import { LIVE_MATCH_STATUSES } from './MatchStatusBadge';
import { ProposeMatch } from './ProposeMatch';
import { RelatedMatches } from './RelatedMatches';
import { SuggestionList, type SuggestionItem } from './SuggestionList';
import { useRefetchOnLanguage } from '@/hooks/useRefetchOnLanguage';

/**
 * A record's matches and the engine's suggestions for it, asked again when
 * the language changes (the suggestions' reasons come in it).
 */
export function useRecordMatching<TMatches, TSuggestions>(
  matchesQuery: TypedDocumentNode<TMatches, { id: string | number }>,
  suggestionsQuery: TypedDocumentNode<TSuggestions, { id: string | number }>,
  id: string,
) {
  const matches = useQuery(matchesQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const suggestions = useQuery(suggestionsQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnLanguage(suggestions.refetch);
  return { matches, suggestions };
}

export interface Suggested extends Omit<SuggestionItem, 'action'> {
  /** The pair to propose, when this user may propose it. */
  propose: { needId: string; solutionId: string } | null;
}

const TEXT = {
  need: {
    title: 'matching.suggestions.solutionsTitle',
    intro: 'matching.suggestions.solutionsIntro',
    empty: 'matching.suggestions.noSolutions',
  },
  solution: {
    title: 'matching.suggestions.needsTitle',
    intro: 'matching.suggestions.needsIntro',
    empty: 'matching.suggestions.noNeeds',
  },
} as const;

interface Props {
  /** Whose page this is: the suggestions and matches are of the other side. */
  of: 'need' | 'solution';
  matches: readonly MatchSummaryFragment[];
  suggestions: readonly Suggested[];
  loading: boolean;
  error?: unknown;
  onRetry(): void;
}

/**
 * The suggestions (each with "propose this match", or a link to the match
 * already under way) and the matches: the main column of a need's or a solution's page.
 */
export function RecordMatching({ of, matches, suggestions, loading, error, onRetry }: Props) {
  const { t } = useTranslation();
  const other = (m: MatchSummaryFragment) => (of === 'need' ? m.solution.id : m.need.id);
  const live = new Map(
    matches.filter((m) => LIVE_MATCH_STATUSES.includes(m.status)).map((m) => [other(m), m.id]),
  );
  const items = suggestions.map(({ propose, ...item }): SuggestionItem => {
    const liveMatch = live.get(item.id);
    return {
      ...item,
      action: liveMatch ? (
        <Anchor component={Link} to={`/matches/${liveMatch}`} size="sm">
          {t('matching.suggestions.alreadyProposed')}
        </Anchor>
      ) : propose ? (
        <ProposeMatch {...propose} subject={item.title} />
      ) : undefined,
    };
  });

  return (
    <>
      <SuggestionList
        id={`${of}-suggestions`}
        title={t(TEXT[of].title)}
        intro={t(TEXT[of].intro)}
        empty={t(TEXT[of].empty)}
        items={items}
        loading={loading}
        error={error}
        onRetry={onRetry}
      />
      <RelatedMatches of={of} matches={matches} />
    </>
  );
}
