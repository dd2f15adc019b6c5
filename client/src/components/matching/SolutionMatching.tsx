import { Anchor } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  SolutionMatchesDocument,
  SolutionSuggestionsDocument,
  type SolutionStatus,
} from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { canProposeMatch } from '@/lib/authorization';
import { useLocalized } from '@/lib/format';
import { LIVE_MATCH_STATUSES } from './MatchStatusBadge';
import { PROPOSABLE_NEED } from './NeedMatching';
import { ProposeMatch } from './ProposeMatch';
import { RelatedMatches } from './RelatedMatches';
import { SuggestionList } from './SuggestionList';
import { useRefetchOnLanguage } from './useRefetchOnLanguage';

interface Props {
  solution: { id: string; status: SolutionStatus; provider: { id: string } };
}

/**
 * A solution's suggested needs (with "propose this match" where the policy
 * allows: a published solution, its provider or the working group) and its matches.
 */
export function SolutionMatching({ solution }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const viewer = useViewer();
  const matches = useQuery(SolutionMatchesDocument, {
    variables: { id: solution.id },
    fetchPolicy: 'cache-and-network',
  });
  const suggestions = useQuery(SolutionSuggestionsDocument, {
    variables: { id: solution.id },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = suggestions;
  useRefetchOnLanguage(refetch);

  const list = matches.data?.solution?.matches ?? [];
  const live = new Map(
    list.filter((m) => LIVE_MATCH_STATUSES.includes(m.status)).map((m) => [m.need.id, m.id]),
  );
  const mayPropose = solution.status === 'PUBLISHED' && canProposeMatch(viewer, solution);
  const items = (suggestions.data?.solution?.suggestedNeeds ?? []).map((s) => {
    const liveMatch = live.get(s.need.id);
    return {
      id: s.need.id,
      title: s.need.title,
      href: `/needs/${s.need.id}`,
      meta: [
        l.countryName(s.need.country),
        s.need.ministry?.acronym,
        t(`enums.Priority.${s.need.priority}`),
      ]
        .filter(Boolean)
        .join(' · '),
      score: s.score,
      reasons: s.reasons,
      action: liveMatch ? (
        <Anchor component={Link} to={`/matches/${liveMatch}`} size="sm">
          {t('matching.suggestions.alreadyProposed')}
        </Anchor>
      ) : mayPropose && PROPOSABLE_NEED.includes(s.need.status) ? (
        <ProposeMatch needId={s.need.id} solutionId={solution.id} subject={s.need.title} />
      ) : undefined,
    };
  });

  return (
    <>
      <SuggestionList
        id="solution-suggestions"
        title={t('matching.suggestions.needsTitle')}
        intro={t('matching.suggestions.needsIntro')}
        empty={t('matching.suggestions.noNeeds')}
        items={items}
        loading={suggestions.loading}
        error={suggestions.error}
        onRetry={() => void refetch()}
      />
      <RelatedMatches of="solution" matches={list} />
    </>
  );
}
