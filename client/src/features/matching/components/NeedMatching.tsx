import { useTranslation } from 'react-i18next';
import { NeedMatchesDocument, NeedSuggestionsDocument, type NeedStatus } from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { canProposeMatch } from '@/lib/authorization';
import { RecordMatching, useRecordMatching, type Suggested } from './RecordMatching';

/** Solutions are proposed for OPEN or MATCHED needs (the server's rule). */
export const PROPOSABLE_NEED: readonly NeedStatus[] = ['OPEN', 'MATCHED'];

/**
 * A need's suggested solutions (with "propose this match" where the policy
 * allows) and its matches: the main column of the need's page.
 */
export function NeedMatching({ need }: { need: { id: string; status: NeedStatus } }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { matches, suggestions } = useRecordMatching(
    NeedMatchesDocument,
    NeedSuggestionsDocument,
    need.id,
  );
  const items = (suggestions.data?.need?.suggestedSolutions ?? []).map((s): Suggested => ({
    id: s.solution.id,
    title: s.solution.title,
    href: `/solutions/${s.solution.id}`,
    meta: [s.solution.provider.name, t(`enums.Maturity.${s.solution.maturity}`)].join(' · '),
    score: s.score,
    reasons: s.reasons,
    propose:
      PROPOSABLE_NEED.includes(need.status) && canProposeMatch(viewer, s.solution)
        ? { needId: need.id, solutionId: s.solution.id }
        : null,
  }));

  return (
    <RecordMatching
      // Another need's page starts again from the first suggestions.
      key={need.id}
      of="need"
      matches={matches.data?.need?.matches ?? []}
      suggestions={items}
      loading={suggestions.loading}
      error={suggestions.error}
      onRetry={() => void suggestions.refetch()}
    />
  );
}
