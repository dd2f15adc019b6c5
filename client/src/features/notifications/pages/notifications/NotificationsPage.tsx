import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { useLoadMore } from '@/hooks/useLoadMore';
import { notify } from '@/lib/notify';
import { NotificationItem } from '../../components/NotificationItem';
import { useMarkRead, useNotificationList } from '../../hooks/useNotifications';

/**
 * The user's notifications, newest first: all or only the unread ones (kept
 * in the URL), each a link to its record; mark one or all as read.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.documentTitle'));
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const { page, loading, error, refetch, loadMore } = useNotificationList(unreadOnly);
  const { markRead, marking } = useMarkRead();
  const more = useLoadMore(loadMore, unreadOnly ? 'unread' : 'all');

  const all = page?.edges.map((e) => e.node) ?? [];
  // In the unread view, what was just read leaves the list.
  const shown = unreadOnly ? all.filter((n) => n.readAt === null) : all;
  const unreadIds = all.filter((n) => n.readAt === null).map((n) => n.id);

  const read = (ids: string[], confirm = false) =>
    void markRead(ids.slice(0, 100)).then(
      () => confirm && notify(t('notifications.markedAll')),
      () => notify(t('notifications.markFailed'), 'red'),
    );

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.intro')}
        actions={
          unreadIds.length > 0 && (
            <Button variant="default" onClick={() => read(unreadIds, true)} loading={marking}>
              {t('notifications.markAllRead')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Group gap="sm">
          <Text size="sm" fw={600} id="notifications-filter">
            {t('notifications.filter')}
          </Text>
          <SegmentedControl
            aria-labelledby="notifications-filter"
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) =>
              setParams(value === 'unread' ? { unread: '1' } : {}, { replace: true })
            }
            data={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unreadOnly') },
            ]}
          />
        </Group>
        {error && !page && <QueryError error={error} onRetry={refetch} />}
        {loading && !page && <PageLoader />}
        {page && (
          <Paper withBorder radius="md" p="xs">
            {shown.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm">
                {unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
              </Text>
            ) : (
              <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
                {shown.map((n) => (
                  <li key={n.id}>
                    <NotificationItem
                      notification={n}
                      onRead={(id) => read([id])}
                      marking={marking}
                    />
                  </li>
                ))}
              </Stack>
            )}
          </Paper>
        )}
        {page && page.totalCount > 0 && (
          <LoadMore
            shown={shown.length}
            total={unreadOnly ? shown.length + (page.totalCount - all.length) : page.totalCount}
            hasMore={page.pageInfo.hasNextPage}
            loading={more.loading}
            error={more.error}
            onMore={() => void more.run()}
          />
        )}
      </Stack>
    </>
  );
}
