import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/app/providers';
import { AppRouter } from '@/app/router';
import { createApolloClient, GRAPHQL_ENDPOINT } from '@/lib/apollo';
import { renewOver } from '@/lib/auth/renew';
import { Session } from '@/lib/auth/session';
import { createTokenStore } from '@/lib/auth/token-store';
import { initI18n } from '@/lib/i18n';

const i18n = await initI18n();
const session = new Session(createTokenStore(), renewOver(GRAPHQL_ENDPOINT));
const client = createApolloClient(session);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={client} session={session} i18n={i18n}>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);
