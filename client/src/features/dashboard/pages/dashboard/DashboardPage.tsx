import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EnumBadge } from '@/components/EnumBadge';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import type {
  DashboardNeedFragment,
  DashboardSolutionFragment,
  MatchStatus,
} from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { useLocalized, type Localized } from '@/lib/format';
import type { TFunction } from 'i18next';
import { ActivityList } from '../../components/ActivityList';
import { CoverageHeatMap } from '../../components/CoverageHeatMap';
import { RecordList, type RecordItem } from '../../components/RecordList';
import { StatCard } from '../../components/StatCard';
import { useDashboard } from '../../hooks/useDashboard';
import { useCoverage, useRecentActivity, useReviewsWaiting } from '../../hooks/useDashboardWork';

const STATES: readonly MatchStatus[] = [
  'PROPOSED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
];

/** What happened to a record's matches: "1 proposed · 2 accepted". */
function matchSummary(matches: readonly { status: MatchStatus }[], t: TFunction): string {
  if (matches.length === 0) return t('dashboard.work.noMatch');
  return STATES.map((s) => [s, matches.filter((m) => m.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, count]) => t(`dashboard.work.matches.${s}`, { count }))
    .join(' · ');
}

const needItem = (need: DashboardNeedFragment, l: Localized, t?: TFunction): RecordItem => ({
  id: need.id,
  to: `/needs/${need.id}`,
  title: need.title,
  meta: `${l.countryName(need.country)} · ${l.date(need.updatedAt)}${t ? ` · ${matchSummary(need.matches, t)}` : ''}`,
  badge: <EnumBadge kind="NeedStatus" value={need.status} />,
});

const solutionItem = (
  solution: DashboardSolutionFragment,
  l: Localized,
  t: TFunction,
): RecordItem => ({
  id: solution.id,
  to: `/solutions/${solution.id}`,
  title: solution.title,
  meta: `${l.date(solution.updatedAt)} · ${matchSummary(solution.matches, t)}`,
  badge: <EnumBadge kind="SolutionStatus" value={solution.status} />,
});

/**
 * Where each person starts: the figures, the portfolio as a heat map (for
 * those who may read it), the reviews waiting for them, their own needs or
 * solutions and what happened to their matches, and recent activity.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.documentTitle'));
  const viewer = useViewer();
  const l = useLocalized();
  const { data, loading, error, refetch, ministryId, providerId } = useDashboard(viewer);
  const coverage = useCoverage(viewer);
  const reviews = useReviewsWaiting(viewer);
  const activity = useRecentActivity(viewer);

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
          {coverage.allowed && coverage.error && !coverage.cells && (
            <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />
          )}
          {coverage.allowed && coverage.cells && <CoverageHeatMap cells={coverage.cells} />}
          {reviews.allowed && (
            <RecordList
              title={t('dashboard.work.reviews')}
              items={reviews.waiting.slice(0, 5).map((m) => ({
                id: m.id,
                to: `/matches/${m.id}`,
                title: `${m.solution.title} → ${m.need.title}`,
                meta: t('dashboard.work.reviewMeta', {
                  provider: m.solution.provider.name,
                  date: l.date(m.updatedAt),
                }),
                badge: null,
              }))}
              empty={t('dashboard.work.noReviews')}
              allLink="/matches?status=UNDER_REVIEW"
              allLabel={t('dashboard.work.allReviews')}
            />
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {data.myNeeds && ministryId && (
              <RecordList
                title={t('dashboard.myNeeds', { ministry: viewer.ministry?.acronym ?? '' })}
                items={data.myNeeds.edges.map((e) => needItem(e.node, l, t))}
                empty={t('dashboard.noMyNeeds')}
                allLink={`/needs?ministry=${ministryId}`}
                allLabel={t('dashboard.seeAll', { count: data.myNeeds.totalCount })}
              />
            )}
            {data.mySolutions && providerId && (
              <RecordList
                title={t('dashboard.mySolutions')}
                items={data.mySolutions.edges.map((e) => solutionItem(e.node, l, t))}
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
            {(activity.events || activity.notifications) && (
              <ActivityList events={activity.events} notifications={activity.notifications} />
            )}
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
