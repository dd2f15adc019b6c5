import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { LiveEvents } from '../common/live-events';

/** What this needs of a subscription socket (ws's WebSocket). */
export interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

const SESSIONS_ENDED = 'sessionsEnded';
/** graphql-ws's code for "Unauthorized": clients sign in again rather than retry. */
const SESSION_ENDED_CODE = 4401;

/**
 * The subscription sockets open in this process, by user, so that a
 * password change closes them too: a socket is authenticated once, at
 * connection_init, and its subscriptions would otherwise outlive the
 * sessions. The order travels through LiveEvents, hence through Redis to
 * every process when REDIS_URL is set.
 */
@Injectable()
export class LiveSessions implements OnModuleInit, OnApplicationShutdown {
  private readonly sockets = new Map<string, Set<ClosableSocket>>();
  private orders?: AsyncIterableIterator<{ userId: string }>;

  constructor(private readonly live: LiveEvents) {}

  onModuleInit() {
    this.orders = this.live.listen<{ userId: string }>(SESSIONS_ENDED);
    void (async () => {
      for await (const { userId } of this.orders!) this.closeHere(userId);
    })().catch(() => undefined);
  }

  async onApplicationShutdown() {
    await this.orders?.return?.();
  }

  /** Keeps a socket until it closes. */
  add(userId: string, socket: ClosableSocket): void {
    let open = this.sockets.get(userId);
    if (!open) this.sockets.set(userId, (open = new Set()));
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      if (open.size === 0 && this.sockets.get(userId) === open) this.sockets.delete(userId);
    });
  }

  /** Closes the user's sockets in every process. */
  endAll(userId: string): Promise<void> {
    return this.live.publish(SESSIONS_ENDED, { userId });
  }

  private closeHere(userId: string): void {
    for (const socket of this.sockets.get(userId) ?? []) {
      socket.close(SESSION_ENDED_CODE, 'Your session has ended; sign in again.');
    }
  }
}
