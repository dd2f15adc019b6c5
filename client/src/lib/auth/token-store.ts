/**
 * The access token of this tab, and when it expires by this tab's clock
 * (its lifetime counted from when it arrived, so that a skewed clock does
 * not matter). The refresh token is never here: it lives in an HttpOnly
 * cookie that only the server's /auth routes see (lib/auth/renew.ts).
 */
export interface AccessToken {
  accessToken: string;
  /** Milliseconds since the epoch; null when the token does not say. */
  expiresAt: number | null;
}

export interface TokenStore {
  get(): AccessToken | null;
  set(token: AccessToken | null): void;
  /** Called on every change: sign-in, renewal, sign-out. */
  subscribe(listener: () => void): () => void;
}

/** The lifetime an access token claims (`exp - iat`), in seconds, or null. */
export function lifetimeOf(accessToken: string): number | null {
  try {
    const payload = accessToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const { exp, iat } = JSON.parse(json) as { exp?: unknown; iat?: unknown };
    return typeof exp === 'number' && typeof iat === 'number' && exp > iat ? exp - iat : null;
  } catch {
    return null;
  }
}

/** An access token just received, valid for `seconds` (else what it claims). */
export function accessTokenOf(accessToken: string, seconds = lifetimeOf(accessToken)): AccessToken {
  return { accessToken, expiresAt: seconds === null ? null : Date.now() + seconds * 1000 };
}

/**
 * The access token in memory only: no script of the page finds it in
 * storage, and a reload or a new tab gets its own through the refresh
 * cookie. The snapshot is stable, for React's useSyncExternalStore.
 */
export function createTokenStore(): TokenStore {
  const listeners = new Set<() => void>();
  let current: AccessToken | null = null;
  return {
    get: () => current,
    set(token) {
      current = token;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
