import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** Loaded with the first notification (see lib/notify.ts). */
export default function NotificationsHost() {
  return <Notifications position="top-center" />;
}
