import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import type { Session } from './auth/session';

/** The server's close codes (src/sessions/graphql-ws.ts, src/sessions/live-sessions.ts). */
const CloseCodes = {
  /** `connection_init` without a valid access token: renew, then reconnect. */
  FORBIDDEN: 4403,
  /** The access token expired: reconnect with a fresh one (graphql-ws retries). */
  TOKEN_EXPIRED: 4440,
  /** The sign-in ended on the server (logout in another tab, every session ended): fatal to graphql-ws. */
  SESSION_ENDED: 4401,
  /** graphql-ws's close when the last subscription ends: nothing was missed. */
  NORMAL: 1000,
} as const;
/** Our own close code to reconnect with the current token; not fatal, so graphql-ws retries. */
const RESTART = 4205;
/** A token that expires sooner than this is renewed before the socket opens with it. */
const FRESH_ENOUGH_MS = 5000;

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
 * `connection_init` (the server checks it there and for each operation, and
 * closes the socket when it expires or its session ends). The socket opens
 * with the first subscription and closes after the last one; after a token
 * renewal, a refusal (4403) or the token's expiry (4440) it reconnects with
 * a fresh token, graphql-ws subscribing again, and `onReconnected` fetches
 * again what the gap may have missed; a lost link is retried without end.
 * When the server says the sign-in ended (4401), a renewal tells whether
 * this tab still has a session (else it ends, and the router goes to sign-in).
 */
export function createSubscriptionSocket(
  session: Session,
  url: string,
  webSocketImpl?: unknown,
  onReconnected: () => void = () => undefined,
): SubscriptionSocket {
  let renewFirst = false;
  let renewingHere = false;
  let sentToken: string | null = null;
  let reconnecting = false;
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
      if (renewFirst || session.expiresWithin(FRESH_ENOUGH_MS)) {
        renewFirst = false;
        renewingHere = true;
        await session.refresh().catch(() => false);
        renewingHere = false;
      }
      sentToken = session.accessToken;
      return sentToken ? { authorization: `Bearer ${sentToken}` } : {};
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
      connected: () => {
        if (!reconnecting) return;
        reconnecting = false;
        onReconnected();
      },
      closed: (event) => {
        connecting = false;
        socket = null;
        const code = (event as CloseEvent | undefined)?.code;
        reconnecting = code !== CloseCodes.NORMAL;
        // Refused or expired with the token this tab still holds: a fresh one first.
        if (code === CloseCodes.FORBIDDEN || code === CloseCodes.TOKEN_EXPIRED) {
          renewFirst = session.accessToken === sentToken;
        }
        if (code === CloseCodes.SESSION_ENDED && session.accessToken === sentToken) {
          void session.refresh().catch(() => undefined);
        }
      },
    },
  });

  // A new token (renewal, another user) means a new socket, unless this socket asked for it.
  let token = session.accessToken;
  session.store.subscribe(() => {
    if (session.accessToken === token) return;
    token = session.accessToken;
    if (!token) client.terminate();
    else if (!renewingHere) restart();
  });

  return { link: new GraphQLWsLink(client), client, restart };
}
