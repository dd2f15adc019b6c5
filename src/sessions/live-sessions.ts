import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { LiveEvents } from '../common/live-events';

/** What this needs of a subscription socket (ws's WebSocket). */
export interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** The session a socket was opened in: the verified claims of its access token. */
export interface SocketSession {
  userId: string;
  /** The sign-in (refresh token family) the token was issued to; null for older tokens. */
  familyId: string | null;
  sessionVersion: number;
  /** The token's `exp`, in milliseconds since the epoch. */
  expiresAt: number;
}

/**
 * An order to close sockets, in every process: the user's sockets of one
 * sign-in (logout), or those opened before their session version moved on
 * (every session ended: a socket opened meanwhile with a fresh token stays).
 */
interface EndOrder {
  userId: string;
  familyId?: string;
  belowVersion?: number;
}

const SESSIONS_ENDED = 'sessionsEnded';
/** graphql-ws's code for "Unauthorized": the session is over, clients sign in again. */
export const SESSION_ENDED_CODE = 4401;
/** The access token expired: not fatal to graphql-ws clients, which renew and reconnect. */
export const TOKEN_EXPIRED_CODE = 4440;
/** setTimeout's longest delay; a later expiry would fire at once. */
const LONGEST_TIMER = 2 ** 31 - 1;

/**
 * The subscription sockets open in this process. A socket is authenticated
 * once, at connection_init; without this its subscriptions would outlive
 * the session: each socket closes at its token's expiry (a timer), and when
 * its sign-in or every session of its user ends. The orders travel through
 * LiveEvents, hence through Redis to every process when REDIS_URL is set.
 */
@Injectable()
export class LiveSessions implements OnModuleInit, OnApplicationShutdown {
  private readonly sockets = new Map<string, Map<ClosableSocket, SocketSession>>();
  private orders?: AsyncIterableIterator<EndOrder>;

  constructor(private readonly live: LiveEvents) {}

  onModuleInit() {
    this.orders = this.live.listen<EndOrder>(SESSIONS_ENDED);
    void (async () => {
      for await (const order of this.orders!) this.closeHere(order);
    })().catch(() => undefined);
  }

  async onApplicationShutdown() {
    await this.orders?.return?.();
  }

  /** Keeps a socket until it closes, and closes it when its token expires. */
  add(socket: ClosableSocket, session: SocketSession): void {
    let open = this.sockets.get(session.userId);
    if (!open) this.sockets.set(session.userId, (open = new Map()));
    open.set(socket, session);
    const expiry = setTimeout(
      () => socket.close(TOKEN_EXPIRED_CODE, 'The access token expired; reconnect with a new one.'),
      Math.min(LONGEST_TIMER, Math.max(0, session.expiresAt - Date.now())),
    );
    expiry.unref();
    socket.once('close', () => {
      clearTimeout(expiry);
      open.delete(socket);
      if (open.size === 0 && this.sockets.get(session.userId) === open) {
        this.sockets.delete(session.userId);
      }
    });
  }

  /** Closes, in every process, the sockets of one sign-in (logout, a spent token reused). */
  endFamily(userId: string, familyId: string): Promise<void> {
    return this.live.publish<EndOrder>(SESSIONS_ENDED, { userId, familyId });
  }

  /** Closes, in every process, the user's sockets opened before `sessionVersion`. */
  endAll(userId: string, sessionVersion: number): Promise<void> {
    return this.live.publish<EndOrder>(SESSIONS_ENDED, { userId, belowVersion: sessionVersion });
  }

  private closeHere({ userId, familyId, belowVersion }: EndOrder): void {
    for (const [socket, session] of this.sockets.get(userId) ?? []) {
      if (familyId !== undefined && session.familyId !== familyId) continue;
      if (belowVersion !== undefined && session.sessionVersion >= belowVersion) continue;
      socket.close(SESSION_ENDED_CODE, 'Your session has ended; sign in again.');
    }
  }
}
