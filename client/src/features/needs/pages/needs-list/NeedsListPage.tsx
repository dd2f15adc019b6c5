import { Button, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { useMinistries, useReferenceOptions } from '@/hooks/useReferenceData';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { NeedFilters } from '../../components/NeedFilters';
import { NeedListItem } from '../../components/NeedListItem';
import { useNeedFilters } from '../../hooks/useNeedFilters';
import { useNeeds } from '../../hooks/useNeeds';

export function NeedsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('needs.list.documentTitle'));
  const viewer = useViewer();
  const { state, filter, update, clear } = useNeedFilters();
  const { countries, domains } = useReferenceOptions();
  const { ministries } = useMinistries();
  const ministryOptions = useMemo(
    () => ministries.map((m) => ({ value: m.id, label: `${m.acronym} · ${m.name}` })),
    [ministries],
  );
  const list = useNeeds(filter);

  return (
    <>
      <PageHeader
        title={t('needs.list.title')}
        description={t(
          viewer.role === 'SOLUTION_PROVIDER' ? 'needs.list.introProvider' : 'needs.list.intro',
        )}
        actions={
          can(viewer, 'need:create') && (
            <Button component={Link} to="/needs/new">
              {t('needs.actions.create')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <NeedFilters
          state={state}
          onChange={update}
          onClear={clear}
          countries={countries}
          domains={domains}
          ministries={ministryOptions}
        />
        <section aria-label={t('needs.list.results')} aria-busy={list.loading}>
          {list.error && list.needs.length === 0 && (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          )}
          {list.loading && list.needs.length === 0 && <PageLoader />}
          {!list.loading && !list.error && list.needs.length === 0 && (
            <Text c="dimmed" py="lg">
              {t('needs.list.empty')}
            </Text>
          )}
          <Stack gap="sm" style={{ opacity: list.loading ? 0.6 : 1 }}>
            {list.needs.map((need) => (
              <NeedListItem key={need.id} need={need} />
            ))}
          </Stack>
          {list.needs.length > 0 && (
            <LoadMore
              shown={list.needs.length}
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
