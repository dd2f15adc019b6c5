import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import type { Session } from './auth/session';

/** The server's close code for a `connection_init` without a valid access token (src/auth/graphql-ws.ts). */
const FORBIDDEN = 4403;
/** Our own close code to reconnect with the current token; not fatal, so graphql-ws retries. */
const RESTART = 4205;

/** ws:// or wss:// beside the page, for a path such as /graphql. */
export function socketUrl(path: string, location: Pick<Location, 'protocol' | 'host'>): string {
  if (/^wss?:\/\//.test(path)) return path;
  const base = path.startsWith('http') ? new URL(path) : null;
  const protocol = (base?.protocol ?? location.protocol) === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${base?.host ?? location.host}${base ? base.pathname : path}`;
}

/** Waits 1, 2, 4... seconds (at most 30) and a little noise, so that many tabs do not reconnect at once. */
const backOff = (retries: number) =>
  new Promise<void>((resolve) =>
    setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) + Math.random() * 1000),
  );

export interface SubscriptionSocket {
  link: ApolloLink;
  client: Client;
  /** Closes the socket so that it opens again with the current token (its subscriptions go on). */
  restart(): void;
}

/**
 * Subscriptions over graphql-ws. The access token travels in
 * `connection_init` (the server checks it there and for each operation). The
 * socket opens with the first subscription and closes after the last one;
 * after a token renewal (or a refusal, 4403, which renews first) it
 * reconnects with the new token, and a lost link is retried without end.
 */
export function createSubscriptionSocket(
  session: Session,
  url: string,
  webSocketImpl?: unknown,
): SubscriptionSocket {
  let renewFirst = false;
  let socket: WebSocket | null = null;
  let connecting = false;
  let restartRequested = false;
  const restart = () => {
    if (socket?.readyState === WebSocket.OPEN) socket.close(RESTART, 'Client Restart');
    // Still opening with what may be the old token: close it as soon as it opens.
    else if (connecting) restartRequested = true;
  };

  const client = createClient({
    url,
    webSocketImpl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => session.isSignedIn,
    retryWait: backOff,
    connectionParams: async () => {
      if (renewFirst) {
        renewFirst = false;
        await session.refresh().catch(() => false);
      }
      const token = session.accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => {
        connecting = true;
      },
      opened: (opened) => {
        connecting = false;
        socket = opened as WebSocket;
        if (restartRequested) {
          restartRequested = false;
          restart();
        }
      },
      closed: (event) => {
        connecting = false;
        socket = null;
        if ((event as CloseEvent | undefined)?.code === FORBIDDEN) renewFirst = true;
      },
    },
  });

  // A new token (renewal, another tab, another user) means a new socket.
  let token = session.accessToken;
  session.store.subscribe(() => {
    if (session.accessToken === token) return;
    token = session.accessToken;
    if (token) restart();
    else client.terminate();
  });

  return { link: new GraphQLWsLink(client), client, restart };
}
