import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import { from, mergeMap, of } from 'rxjs';
import type { Session } from './auth/session';
import { i18n } from './i18n';

export const GRAPHQL_ENDPOINT = '/graphql';

/** Operations that work without a session: never retried after a renewal. */
const PUBLIC_OPERATIONS = new Set(['Login']);

const isUnauthenticated = (result: ApolloLink.Result): boolean =>
  'errors' in result &&
  Array.isArray(result.errors) &&
  result.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

/**
 * Sends the access token and, when the server answers UNAUTHENTICATED,
 * renews the session once (through the refresh cookie) and replays the
 * operation. When renewal is refused the session ends as 'expired' and the
 * router sends the user to sign in.
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

/**
 * Tells the server the language the user reads (Accept-Language), so that
 * what it writes for people (the reasons of a suggestion) comes in it.
 */
export function languageLink(language: () => string | undefined): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const lng = language();
    if (lng) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, 'accept-language': lng },
      }));
    }
    return forward(operation);
  });
}

const isSubscription = ({ query }: ApolloLink.Operation) =>
  query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'subscription');

/**
 * Subscriptions go over a WebSocket (lib/subscriptions.ts), fetched with the
 * first subscription so that graphql-ws stays out of the first page's JavaScript.
 * `onReconnected` runs when the socket comes back (a renewed token, a lost
 * link): events of the gap were not heard, so what is on screen is fetched again.
 */
export function subscriptionLink(
  session: Session,
  uri: string,
  onReconnected: () => void = () => undefined,
): ApolloLink {
  let socket: Promise<ApolloLink> | null = null;
  const load = () =>
    (socket ??= import('./subscriptions').then(
      ({ createSubscriptionSocket, socketUrl }) =>
        createSubscriptionSocket(session, socketUrl(uri, window.location), undefined, onReconnected)
          .link,
    ));
  return new ApolloLink((operation, forward) =>
    from(load()).pipe(mergeMap((ws) => ws.request(operation, forward))),
  );
}

interface Connection {
  edges: readonly unknown[];
}

/** Cursor pages of one list (same filter and page size) appended in order. */
function connection(keyArgs: string[] | false = ['filter', 'first']): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          needs: connection(),
          solutions: connection(),
          matches: connection(),
          notifications: connection(['unreadOnly', 'first']),
        },
      },
      // A thread's comments are one list however they were paged; the
      // notifications one list per filter (all, or unread only).
      Thread: { fields: { comments: connection(false) } },
      Country: { keyFields: ['code'] },
      Domain: { keyFields: ['code'] },
      Principle: { keyFields: ['code'] },
    },
  });
}

export function createApolloClient(session: Session, uri = GRAPHQL_ENDPOINT): ApolloClient {
  // The live events a reconnecting socket missed: the active queries, fetched again.
  const refetchActive = () => void client.refetchQueries({ include: 'active' });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      languageLink(() => i18n.language),
      authLink(session),
      ApolloLink.split(
        isSubscription,
        subscriptionLink(session, uri, refetchActive),
        new HttpLink({ uri }),
      ),
    ]),
    cache: createCache(),
  });
  return client;
}
