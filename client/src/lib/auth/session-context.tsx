import { useApolloClient } from '@apollo/client/react';
import {
  createContext,
  use,
  useCallback,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { LoginDocument, ViewerDocument } from '@/generated/graphql';
import { logoutOver } from './renew';
import type { Session, SessionEnd } from './session';
import { accessTokenOf } from './token-store';

/** Ends this browser's sign-in on the server, through the refresh cookie. */
const logout = logoutOver();

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export interface SessionApi {
  signedIn: boolean;
  lastEnd: SessionEnd | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

function useSessionInstance(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** Whether someone is signed in, and the two ways in and out. */
export function useSession(): SessionApi {
  const session = useSessionInstance();
  const client = useApolloClient();
  const signedIn = useSyncExternalStore(
    session.store.subscribe,
    () => session.isSignedIn,
    () => false,
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({
        mutation: LoginDocument,
        variables: { input: { email, password } },
      });
      if (!data) return;
      // The refresh token came in the HttpOnly cookie the answer set; the page never sees it.
      const { accessToken, user } = data.login;
      // Whoever was here before leaves nothing in the cache.
      await client.clearStore();
      session.start(accessTokenOf(accessToken));
      client.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', me: user } });
    },
    [client, session],
  );

  const signOut = useCallback(async () => {
    // Signing out locally matters more than telling the server.
    await logout().catch(() => undefined);
    session.end('signedOut');
    await client.clearStore();
  }, [client, session]);

  return useMemo(
    () => ({ signedIn, lastEnd: session.lastEnd, signIn, signOut }),
    [signedIn, session, signIn, signOut],
  );
}
