import { Box } from '@mantine/core';
import { Suspense, lazy } from 'react';

const NotificationBell = lazy(() => import('./NotificationBell'));

/** The bell, fetched after the first page (it is not what a first visit waits for); its room is kept meanwhile. */
export function Bell() {
  return (
    <Suspense fallback={<Box w={40} h={40} />}>
      <NotificationBell />
    </Suspense>
  );
}
