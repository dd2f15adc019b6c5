import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '@/components/LoadMore';
import { MATCH_STATUSES } from '@/components/matching/MatchStatusBadge';
import { withEmpty } from '@/components/forms/options';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import type { MatchStatus } from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { MatchListItem } from '../../components/MatchListItem';
import { useMatchFilters } from '../../hooks/useMatchFilters';
import { useMatches } from '../../hooks/useMatches';

/**
 * The review queue: the matches this user may read, newest first, filtered
 * by state (kept in the URL). Coordinators see all; providers those of their
 * own solutions; ministry staff those of the needs they may read.
 */
export function MatchesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('matches.list.documentTitle'));
  const viewer = useViewer();
  const { statuses, filter, setStatuses } = useMatchFilters();
  const list = useMatches(filter);
  const options = MATCH_STATUSES.map((value) => ({
    value,
    label: t(`matching.status.${value}`),
  }));
  const reviewer = can(viewer, 'match:review');

  return (
    <>
      <PageHeader
        title={t('matches.list.title')}
        description={t(reviewer ? 'matches.list.intro' : 'matches.list.introProvider')}
      />
      <Stack gap="lg">
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
        <section aria-label={t('matches.list.results')} aria-busy={list.loading}>
          {list.error && list.matches.length === 0 && (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          )}
          {list.loading && list.matches.length === 0 && <PageLoader />}
          {!list.loading && !list.error && list.matches.length === 0 && (
            <Text c="dimmed" py="lg">
              {t('matches.list.empty')}
            </Text>
          )}
          <Stack gap="sm" style={{ opacity: list.loading ? 0.6 : 1 }}>
            {list.matches.map((match) => (
              <MatchListItem key={match.id} match={match} />
            ))}
          </Stack>
          {list.matches.length > 0 && (
            <LoadMore
              shown={list.matches.length}
              total={list.total}
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onMore={() => void list.loadMore()}
            />
          )}
        </section>
      </Stack>
    </>
  );
}
