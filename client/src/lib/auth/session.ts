import type { AccessToken, TokenStore } from './token-store';

/** How the last session ended: the user signed out, or it expired and could not be renewed. */
export type SessionEnd = 'signedOut' | 'expired';

/**
 * A new access token through the refresh cookie. Resolves to null when the
 * server refuses (the session is over); rejects when the server cannot be
 * reached, which must not sign anyone out on a slow or broken link.
 */
export type RenewTokens = () => Promise<AccessToken | null>;

/** Runs `task` while holding a lock shared by every tab (Web Locks), or directly where there is none. */
export type WithLock = <T>(task: () => Promise<T>) => Promise<T>;

const browserLock: WithLock = (task) =>
  typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks.request('d4d.refresh', task) as Promise<Awaited<ReturnType<typeof task>>>)
    : task();

/** How long before its expiry an access token is renewed: a fifth of its life, at most a minute. */
export const renewalMargin = (lifetimeMs: number) => Math.min(60_000, lifetimeMs / 5);

/**
 * The session of this tab: its access token (in memory), the renewals
 * through the refresh cookie, and how it ended. Renewal is single flight
 * (one request however many queries failed at once) and, through the Web
 * Lock, one tab at a time: the tabs of a browser share the cookie, a refresh
 * token works once, and the server ends the whole sign-in when a spent one
 * comes back. The token is renewed a little before it expires, so that the
 * subscription socket, which the server closes at the token's expiry,
 * reconnects with the new one first.
 */
export class Session {
  private renewing: Promise<boolean> | null = null;
  private ended: SessionEnd | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every sign-in and sign-out: a renewal that was under way then is dropped. */
  private generation = 0;

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

  /** Whether the access token expires within `ms` milliseconds. */
  expiresWithin(ms: number): boolean {
    const expiresAt = this.store.get()?.expiresAt;
    return expiresAt != null && expiresAt - Date.now() <= ms;
  }

  start(token: AccessToken): void {
    this.generation += 1;
    this.ended = null;
    this.set(token);
  }

  end(reason: SessionEnd): void {
    this.generation += 1;
    this.ended = reason;
    this.set(null);
  }

  /**
   * On load: a session through the refresh cookie if the browser has one
   * (a reload, a new tab). False when there is none, or the server cannot
   * be reached.
   */
  async restore(): Promise<boolean> {
    return this.refresh().catch(() => false);
  }

  /** Renews the access token; true when there is a valid session afterwards. */
  refresh(): Promise<boolean> {
    const generation = this.generation;
    this.renewing ??= this.withLock(() => this.renew()).then(
      (token) => {
        this.renewing = null;
        // Signed out, or in as someone else, meanwhile: not this renewal's business any more.
        if (generation !== this.generation) return this.isSignedIn;
        if (token) {
          this.set(token);
          return true;
        }
        // Refused: the session is over (or there was none, on load).
        if (this.isSignedIn) this.end('expired');
        return false;
      },
      (error: unknown) => {
        this.renewing = null;
        throw error;
      },
    );
    return this.renewing;
  }

  private set(token: AccessToken | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.store.set(token);
    if (token?.expiresAt == null) return;
    const left = token.expiresAt - Date.now();
    this.timer = setTimeout(
      () => {
        this.timer = null;
        // A failure leaves the token: a refused request renews again, the socket reconnects.
        void this.refresh().catch(() => undefined);
      },
      Math.max(0, left - renewalMargin(left)),
    );
  }
}
