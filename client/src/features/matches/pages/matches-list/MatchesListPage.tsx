import { Button, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPage } from '@/components/ListPage';
import { MATCH_STATUSES } from '@/features/matching';
import { withEmpty } from '@/components/forms/options';
import { MatchesDocument, type MatchStatus } from '@/generated/lazy';
import { usePagedConnection } from '@/hooks/usePagedConnection';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { MatchListItem } from '../../components/MatchListItem';
import { useMatchFilters } from '../../hooks/useMatchFilters';

/**
 * The review queue: the matches this user may read, newest first, filtered
 * by state (kept in the URL). Coordinators see all; providers those of their
 * own solutions; ministry staff those of the needs they may read.
 */
export function MatchesListPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { statuses, filter, setStatuses } = useMatchFilters();
  const list = usePagedConnection(MatchesDocument, { filter }, (data) => data.matches);
  const options = MATCH_STATUSES.map((value) => ({
    value,
    label: t(`matching.status.${value}`),
  }));
  const reviewer = can(viewer, 'match:review');

  return (
    <ListPage
      documentTitle={t('matches.list.documentTitle')}
      title={t('matches.list.title')}
      description={t(reviewer ? 'matches.list.intro' : 'matches.list.introProvider')}
      filters={
        <form
          role="search"
          aria-label={t('matches.list.filterLabel')}
          onSubmit={(e) => e.preventDefault()}
        >
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('matches.list.status')}
              data={withEmpty(t('matches.list.anyStatus'), options)}
              value={statuses[0] ?? ''}
              onChange={(e) =>
                setStatuses(e.currentTarget.value ? [e.currentTarget.value as MatchStatus] : [])
              }
              style={{ flex: '0 1 18rem' }}
            />
            {reviewer && statuses.join() !== 'UNDER_REVIEW' && (
              <Button variant="subtle" onClick={() => setStatuses(['UNDER_REVIEW'])}>
                {t('matches.list.toReview')}
              </Button>
            )}
          </Group>
        </form>
      }
      resultsLabel={t('matches.list.results')}
      empty={t('matches.list.empty')}
      list={list}
      renderItem={(match) => <MatchListItem match={match} />}
    />
  );
}
