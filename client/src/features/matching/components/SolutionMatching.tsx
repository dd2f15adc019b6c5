import { useTranslation } from 'react-i18next';
import {
  SolutionMatchesDocument,
  SolutionSuggestionsDocument,
  type SolutionStatus,
} from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { canProposeMatch } from '@/lib/authorization';
import { useLocalized } from '@/lib/format';
import { PROPOSABLE_NEED } from './NeedMatching';
import { RecordMatching, useRecordMatching, type Suggested } from './RecordMatching';

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
  const { matches, suggestions } = useRecordMatching(
    SolutionMatchesDocument,
    SolutionSuggestionsDocument,
    solution.id,
  );
  const mayPropose = solution.status === 'PUBLISHED' && canProposeMatch(viewer, solution);
  const items = (suggestions.data?.solution?.suggestedNeeds ?? []).map((s): Suggested => ({
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
    propose:
      mayPropose && PROPOSABLE_NEED.includes(s.need.status)
        ? { needId: s.need.id, solutionId: solution.id }
        : null,
  }));

  return (
    <RecordMatching
      // Another solution's page starts again from the first suggestions.
      key={solution.id}
      of="solution"
      matches={matches.data?.solution?.matches ?? []}
      suggestions={items}
      loading={suggestions.loading}
      error={suggestions.error}
      onRetry={() => void suggestions.refetch()}
    />
  );
}
