import '@mantine/core/styles.css';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { Suspense, lazy, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SessionProvider } from '@/lib/auth/session-context';
import type { Session } from '@/lib/auth/session';
import { useNotificationsWanted } from '@/lib/notify';
import { cssVariablesResolver, theme } from './theme';

interface Props {
  client: ApolloClient;
  session: Session;
  i18n: I18n;
  children: ReactNode;
}

const NotificationsHost = lazy(() => import('./NotificationsHost'));

function LazyNotifications() {
  return useNotificationsWanted() ? (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  ) : null;
}

/** Everything a page relies on: data, session, language, components. */
export function AppProviders({ client, session, i18n, children }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <SessionProvider session={session}>
          <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
            <LazyNotifications />
            {children}
          </MantineProvider>
        </SessionProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
