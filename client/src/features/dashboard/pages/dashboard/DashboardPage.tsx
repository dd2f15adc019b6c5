import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EnumBadge } from '@/components/EnumBadge';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import type { DashboardNeedFragment, DashboardSolutionFragment } from '@/generated/graphql';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { useLocalized, type Localized } from '@/lib/format';
import { RecordList, type RecordItem } from '../../components/RecordList';
import { StatCard } from '../../components/StatCard';
import { useDashboard } from '../../hooks/useDashboard';

const needItem = (need: DashboardNeedFragment, l: Localized): RecordItem => ({
  id: need.id,
  to: `/needs/${need.id}`,
  title: need.title,
  meta: `${l.countryName(need.country)} · ${l.date(need.updatedAt)}`,
  badge: <EnumBadge kind="NeedStatus" value={need.status} />,
});

const solutionItem = (solution: DashboardSolutionFragment, l: Localized): RecordItem => ({
  id: solution.id,
  to: `/solutions/${solution.id}`,
  title: solution.title,
  meta: l.date(solution.updatedAt),
  badge: <EnumBadge kind="SolutionStatus" value={solution.status} />,
});

/**
 * Where each person starts: the figures, their own needs or solutions, and
 * what was logged lately. Suggestions, matches to review and notifications
 * join here when the server offers them.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.documentTitle'));
  const viewer = useViewer();
  const l = useLocalized();
  const { data, loading, error, refetch, ministryId, providerId } = useDashboard(viewer);

  const actions = (
    <>
      {can(viewer, 'need:create') && (
        <Button component={Link} to="/needs/new">
          {t('needs.actions.create')}
        </Button>
      )}
      {can(viewer, 'solution:create') && (
        <Button
          component={Link}
          to="/solutions/new"
          variant={can(viewer, 'need:create') ? 'default' : 'filled'}
        >
          {t('solutions.actions.create')}
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('dashboard.title', { name: viewer.displayName })}
        description={t(`dashboard.intro.${viewer.role}`)}
        actions={actions}
      />
      {error && !data && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <PageLoader />}
      {data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <StatCard
              label={t('dashboard.openNeeds')}
              value={data.openNeeds.totalCount}
              to="/needs?status=OPEN"
            />
            <StatCard
              label={t('dashboard.solutions')}
              value={data.allSolutions.totalCount}
              to="/solutions"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: data.myNeeds || data.mySolutions ? 2 : 1 }}>
            {data.myNeeds && ministryId && (
              <RecordList
                title={t('dashboard.myNeeds', { ministry: viewer.ministry?.acronym ?? '' })}
                items={data.myNeeds.edges.map((e) => needItem(e.node, l))}
                empty={t('dashboard.noMyNeeds')}
                allLink={`/needs?ministry=${ministryId}`}
                allLabel={t('dashboard.seeAll', { count: data.myNeeds.totalCount })}
              />
            )}
            {data.mySolutions && providerId && (
              <RecordList
                title={t('dashboard.mySolutions')}
                items={data.mySolutions.edges.map((e) => solutionItem(e.node, l))}
                empty={t('dashboard.noMySolutions')}
                allLink={`/solutions?provider=${providerId}`}
                allLabel={t('dashboard.seeAll', { count: data.mySolutions.totalCount })}
              />
            )}
            <RecordList
              title={t('dashboard.recentNeeds')}
              items={data.recentNeeds.edges.map((e) => needItem(e.node, l))}
              empty={t('dashboard.noNeeds')}
              allLink="/needs"
              allLabel={t('dashboard.allNeeds')}
            />
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
