import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecentActivityQuery } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';
import { isActivityOperation } from './activity';

type AuditEvent = NonNullable<RecentActivityQuery['auditEvents']>['edges'][number]['node'];
type Notification = NonNullable<
  RecentActivityQuery['recentNotifications']
>['edges'][number]['node'];

const RECORD_PATHS: Record<string, string> = {
  Need: '/needs',
  Solution: '/solutions',
  Match: '/matches',
};
const TARGET_PATHS = { NEED: '/needs', SOLUTION: '/solutions', MATCH: '/matches' } as const;

interface Item {
  id: string;
  label: string;
  to: string | null;
  meta: string;
}

interface Props {
  events?: readonly AuditEvent[];
  notifications?: readonly Notification[];
}

/**
 * The latest changes (the audit trail, for the working group) or the
 * user's latest notifications, each linking to its record where it has a page.
 */
export function ActivityList({ events, notifications }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const items: Item[] = events
    ? events.map((e) => ({
        id: e.id,
        // The query asks for the named operations only; anything else still reads as words.
        label: isActivityOperation(e.operation)
          ? t(`dashboard.activity.operation.${e.operation}`)
          : t('dashboard.activity.operation.other'),
        to: RECORD_PATHS[e.entityType] ? `${RECORD_PATHS[e.entityType]}/${e.entityId}` : null,
        meta: t('dashboard.activity.by', {
          name: e.actor?.displayName ?? t('dashboard.activity.system'),
          date: l.dateTime(e.occurredAt),
        }),
      }))
    : (notifications ?? []).map((n) => ({
        id: n.id,
        label: n.text,
        to: `${TARGET_PATHS[n.targetType]}/${n.targetId}${n.commentId ? `#comment-${n.commentId}` : ''}`,
        meta: l.dateTime(n.createdAt),
      }));
  const title = events ? t('dashboard.activity.title') : t('dashboard.activity.notifications');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.activity.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.id}>
              {item.to ? (
                <Anchor component={Link} to={item.to} size="sm" fw={600} lineClamp={2}>
                  {item.label}
                </Anchor>
              ) : (
                <Text size="sm" fw={600}>
                  {item.label}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {item.meta}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {!events && (
        <Anchor component={Link} to="/notifications" size="sm" mt="sm" display="inline-block">
          {t('dashboard.activity.allNotifications')}
        </Anchor>
      )}
    </Paper>
  );
}
