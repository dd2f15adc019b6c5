import { Anchor } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NeedMatchesDocument, NeedSuggestionsDocument, type NeedStatus } from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { canProposeMatch } from '@/lib/authorization';
import { LIVE_MATCH_STATUSES } from './MatchStatusBadge';
import { ProposeMatch } from './ProposeMatch';
import { RelatedMatches } from './RelatedMatches';
import { SuggestionList } from './SuggestionList';
import { useRefetchOnLanguage } from './useRefetchOnLanguage';

/** Solutions are proposed for OPEN or MATCHED needs (the server's rule). */
export const PROPOSABLE_NEED: readonly NeedStatus[] = ['OPEN', 'MATCHED'];

/**
 * A need's suggested solutions (with "propose this match" where the policy
 * allows) and its matches: the main column of the need's page.
 */
export function NeedMatching({ need }: { need: { id: string; status: NeedStatus } }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const matches = useQuery(NeedMatchesDocument, {
    variables: { id: need.id },
    fetchPolicy: 'cache-and-network',
  });
  const suggestions = useQuery(NeedSuggestionsDocument, {
    variables: { id: need.id },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = suggestions;
  useRefetchOnLanguage(refetch);

  const list = matches.data?.need?.matches ?? [];
  const live = new Map(
    list.filter((m) => LIVE_MATCH_STATUSES.includes(m.status)).map((m) => [m.solution.id, m.id]),
  );
  const items = (suggestions.data?.need?.suggestedSolutions ?? []).map((s) => {
    const liveMatch = live.get(s.solution.id);
    return {
      id: s.solution.id,
      title: s.solution.title,
      href: `/solutions/${s.solution.id}`,
      meta: [s.solution.provider.name, t(`enums.Maturity.${s.solution.maturity}`)].join(' · '),
      score: s.score,
      reasons: s.reasons,
      action: liveMatch ? (
        <Anchor component={Link} to={`/matches/${liveMatch}`} size="sm">
          {t('matching.suggestions.alreadyProposed')}
        </Anchor>
      ) : PROPOSABLE_NEED.includes(need.status) && canProposeMatch(viewer, s.solution) ? (
        <ProposeMatch needId={need.id} solutionId={s.solution.id} subject={s.solution.title} />
      ) : undefined,
    };
  });

  return (
    <>
      <SuggestionList
        id="need-suggestions"
        title={t('matching.suggestions.solutionsTitle')}
        intro={t('matching.suggestions.solutionsIntro')}
        empty={t('matching.suggestions.noSolutions')}
        items={items}
        loading={suggestions.loading}
        error={suggestions.error}
        onRetry={() => void refetch()}
      />
      <RelatedMatches of="need" matches={list} />
    </>
  );
}
