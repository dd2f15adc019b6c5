import type { TokenPair, TokenStore } from './token-store';

/** How the last session ended: the user signed out, or it expired and could not be renewed. */
export type SessionEnd = 'signedOut' | 'expired';

/**
 * Exchanges a refresh token for a new pair. Resolves to null when the server
 * refuses it (the session is over); rejects when the server cannot be reached,
 * which must not sign anyone out on a slow or broken link.
 */
export type RenewTokens = (refreshToken: string) => Promise<TokenPair | null>;

/** Runs `task` while holding a lock shared by every tab (Web Locks), or directly where there is none. */
export type WithLock = <T>(task: () => Promise<T>) => Promise<T>;

const browserLock: WithLock = (task) =>
  typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks.request('d4d.refresh', task) as Promise<Awaited<ReturnType<typeof task>>>)
    : task();

/**
 * The session: tokens, their renewal, and how it ended. Renewal is single
 * flight (one request however many queries failed at once) and, through the
 * Web Lock, one tab at a time: refresh tokens work once, and the server
 * revokes the whole sign-in when a spent one comes back.
 */
export class Session {
  private renewing: Promise<boolean> | null = null;
  private ended: SessionEnd | null = null;

  constructor(
    readonly store: TokenStore,
    private readonly renew: RenewTokens,
    private readonly withLock: WithLock = browserLock,
  ) {}

  get accessToken(): string | null {
    return this.store.get()?.accessToken ?? null;
  }

  get isSignedIn(): boolean {
    return this.store.get() !== null;
  }

  get lastEnd(): SessionEnd | null {
    return this.ended;
  }

  start(pair: TokenPair): void {
    this.ended = null;
    this.store.set(pair);
  }

  end(reason: SessionEnd): void {
    this.ended = reason;
    this.store.set(null);
  }

  /** Renews the tokens; true when there is a valid session afterwards. */
  refresh(): Promise<boolean> {
    this.renewing ??= this.renewOnce().finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async renewOnce(): Promise<boolean> {
    const spent = this.store.get()?.refreshToken;
    if (!spent) return false;
    return this.withLock(async () => {
      const now = this.store.get();
      if (!now) return false;
      // Another tab renewed while this one waited for the lock: use its tokens.
      if (now.refreshToken !== spent) return true;
      const pair = await this.renew(spent);
      if (!pair) {
        this.end('expired');
        return false;
      }
      this.store.set(pair);
      return true;
    });
  }
}
