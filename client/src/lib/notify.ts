import { useSyncExternalStore } from 'react';

/**
 * Short confirmations ("The need is logged."). Mantine's notifications are
 * fetched with the first one, not with the first page.
 */
let wanted = false;
const listeners = new Set<() => void>();

export function notify(message: string, color: 'teal' | 'red' = 'teal'): void {
  if (!wanted) {
    wanted = true;
    listeners.forEach((l) => l());
  }
  void import('@mantine/notifications').then(({ notifications }) =>
    notifications.show({ message, color, autoClose: 5000 }),
  );
}

/** Whether the notifications host must be mounted (after the first notify). */
export function useNotificationsWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => wanted,
    () => false,
  );
}
