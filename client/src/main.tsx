import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/app/providers';
import { AppRouter } from '@/app/router';
import { createApolloClient } from '@/lib/apollo';
import { renewOver } from '@/lib/auth/renew';
import { Session } from '@/lib/auth/session';
import { createTokenStore } from '@/lib/auth/token-store';
import { initI18n } from '@/lib/i18n';

// The access token lives in memory: a reload or a new tab gets one through the refresh cookie.
const session = new Session(createTokenStore(), renewOver());
const [i18n] = await Promise.all([initI18n(), session.restore()]);
const client = createApolloClient(session);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={client} session={session} i18n={i18n}>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);
