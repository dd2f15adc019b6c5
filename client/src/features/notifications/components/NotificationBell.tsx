import { ActionIcon, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Locale } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';
import { useNotificationLanguage } from '../hooks/useNotificationLanguage';
import { useUnreadCount } from '../hooks/useNotifications';

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The header's bell: a link to the notifications whose name says how many
 * are unread ("Notifications, 3 unread"), with the figure on it, kept live,
 * and in the language the user reads (useNotificationLanguage).
 */
export default function NotificationBell({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  useNotificationLanguage(locale);
  const { number } = useLocalized();
  const { pathname } = useLocation();
  const count = useUnreadCount();
  const current = pathname === '/notifications';
  return (
    <ActionIcon
      component={Link}
      to="/notifications"
      variant={current ? 'light' : 'subtle'}
      color={current ? 'blue' : 'dark'}
      size={40}
      radius="xl"
      pos="relative"
      aria-label={t('notifications.bell', { count })}
      aria-current={current ? 'page' : undefined}
      data-testid="notification-bell"
    >
      <BellIcon />
      {count > 0 && (
        <Box
          component="span"
          aria-hidden
          pos="absolute"
          top={2}
          right={0}
          px={5}
          miw={18}
          h={18}
          fz={11}
          fw={700}
          lh="18px"
          ta="center"
          c="white"
          bg="red.9"
          style={{ borderRadius: 9, pointerEvents: 'none' }}
        >
          {count > 99 ? '99+' : number(count)}
        </Box>
      )}
    </ActionIcon>
  );
}
