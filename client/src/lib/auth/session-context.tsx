import { useApolloClient } from '@apollo/client/react';
import {
  createContext,
  use,
  useCallback,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { LoginDocument, LogoutDocument, ViewerDocument } from '@/generated/graphql';
import type { Session, SessionEnd } from './session';

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
      const { accessToken, refreshToken, user } = data.login;
      // Whoever was here before leaves nothing in the cache.
      await client.clearStore();
      session.start({ accessToken, refreshToken });
      client.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', me: user } });
    },
    [client, session],
  );

  const signOut = useCallback(async () => {
    const refreshToken = session.store.get()?.refreshToken;
    if (refreshToken) {
      await client
        .mutate({ mutation: LogoutDocument, variables: { refreshToken } })
        .catch(() => undefined); // Signing out locally matters more than telling the server.
    }
    session.end('signedOut');
    await client.clearStore();
  }, [client, session]);

  return useMemo(
    () => ({ signedIn, lastEnd: session.lastEnd, signIn, signOut }),
    [signedIn, session, signIn, signOut],
  );
}
