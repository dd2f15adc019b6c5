import { Box } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { useViewer } from '@/lib/auth/viewer';

const NotificationBell = lazy(() => import('./NotificationBell'));

/**
 * The bell, fetched after the first page (it is not what a first visit waits
 * for); its room is kept meanwhile. It keeps the profile's language, which
 * the server writes live notifications in, the same as the UI's.
 */
export function Bell() {
  const { locale } = useViewer();
  return (
    <Suspense fallback={<Box w={40} h={40} />}>
      <NotificationBell locale={locale} />
    </Suspense>
  );
}
