import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import { from, mergeMap, of } from 'rxjs';
import type { Session } from './auth/session';

export const GRAPHQL_ENDPOINT = '/graphql';

/** Operations that work without a session: never retried after a renewal. */
const PUBLIC_OPERATIONS = new Set(['Login', 'RefreshSession']);

const isUnauthenticated = (result: ApolloLink.Result): boolean =>
  'errors' in result &&
  Array.isArray(result.errors) &&
  result.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

/**
 * Sends the access token and, when the server answers UNAUTHENTICATED,
 * renews the session once and replays the operation. When renewal is refused
 * the session ends as 'expired' and the router sends the user to sign in.
 */
export function authLink(session: Session): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const send = () => {
      const token = session.accessToken;
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }));
      return forward(operation);
    };
    const sentWith = session.accessToken;
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? '') || !sentWith) return send();
    return send().pipe(
      mergeMap((result) => {
        if (!isUnauthenticated(result)) return of(result);
        return from(session.refresh()).pipe(mergeMap((ok) => (ok ? send() : of(result))));
      }),
    );
  });
}

interface Connection {
  edges: readonly unknown[];
}

/** Cursor pages of one list (same filter and page size) appended in order. */
function connection(): FieldPolicy<Connection> {
  return {
    keyArgs: ['filter', 'first'],
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { needs: connection(), solutions: connection() } },
      Country: { keyFields: ['code'] },
      Domain: { keyFields: ['code'] },
      Principle: { keyFields: ['code'] },
    },
  });
}

export function createApolloClient(session: Session, uri = GRAPHQL_ENDPOINT): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink(session), new HttpLink({ uri })]),
    cache: createCache(),
  });
}
