import { Button, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { useOrganizations, useReferenceOptions } from '@/hooks/useReferenceData';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { SolutionFilters } from '../../components/SolutionFilters';
import { SolutionListItem } from '../../components/SolutionListItem';
import { useSolutionFilters } from '../../hooks/useSolutionFilters';
import { useSolutions } from '../../hooks/useSolutions';

export function SolutionsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('solutions.list.documentTitle'));
  const viewer = useViewer();
  const { state, filter, update, clear } = useSolutionFilters();
  const { domains } = useReferenceOptions();
  const { organizations } = useOrganizations();
  const providers = useMemo(
    () => organizations.map((o) => ({ value: o.id, label: o.name })),
    [organizations],
  );
  const list = useSolutions(filter);

  return (
    <>
      <PageHeader
        title={t('solutions.list.title')}
        description={t('solutions.list.intro')}
        actions={
          can(viewer, 'solution:create') && (
            <Button component={Link} to="/solutions/new">
              {t('solutions.actions.create')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <SolutionFilters
          state={state}
          onChange={update}
          onClear={clear}
          domains={domains}
          providers={providers}
        />
        <section aria-label={t('solutions.list.results')} aria-busy={list.loading}>
          {list.error && list.solutions.length === 0 && (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          )}
          {list.loading && list.solutions.length === 0 && <PageLoader />}
          {!list.loading && !list.error && list.solutions.length === 0 && (
            <Text c="dimmed" py="lg">
              {t('solutions.list.empty')}
            </Text>
          )}
          <Stack gap="sm" style={{ opacity: list.loading ? 0.6 : 1 }}>
            {list.solutions.map((solution) => (
              <SolutionListItem key={solution.id} solution={solution} />
            ))}
          </Stack>
          {list.solutions.length > 0 && (
            <LoadMore
              shown={list.solutions.length}
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
