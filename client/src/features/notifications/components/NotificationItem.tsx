import { Anchor, Badge, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationItemFragment } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';
import { notificationLink } from '../hooks/useNotifications';

interface Props {
  notification: NotificationItemFragment;
  onRead(id: string): void;
  marking: boolean;
}

/** One notification: what, by whom, when, a link to the record, and "mark as read" while unread. */
export function NotificationItem({ notification: n, onRead, marking }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const unread = n.readAt === null;
  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      p="sm"
      data-unread={unread || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: unread ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Box
        mt={6}
        w={10}
        h={10}
        style={{
          flexShrink: 0,
          borderRadius: '50%',
          background: unread ? 'var(--mantine-color-blue-8)' : 'transparent',
        }}
        aria-hidden
      />
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Badge
            variant="light"
            radius="sm"
            tt="none"
            color={n.kind === 'MENTIONED' ? 'grape' : 'blue'}
          >
            {t(`notifications.kind.${n.kind}`)}
          </Badge>
          {unread && (
            <Text size="xs" fw={700} c="blue.9">
              {t('notifications.unread')}
            </Text>
          )}
        </Group>
        <Anchor
          component={Link}
          to={notificationLink(n)}
          fw={unread ? 700 : 500}
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
          onClick={() => unread && onRead(n.id)}
        >
          {n.text}
        </Anchor>
        <Text size="xs" c="dimmed">
          {n.actor ? `${t('notifications.by', { name: n.actor.displayName })} · ` : ''}
          <time dateTime={n.createdAt}>{l.dateTime(n.createdAt)}</time>
        </Text>
      </Stack>
      {unread && (
        <Button
          variant="default"
          size="compact-sm"
          onClick={() => onRead(n.id)}
          disabled={marking}
          aria-label={t('notifications.markReadOf', { text: n.text })}
          style={{ flexShrink: 0 }}
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </Group>
  );
}
