/** The pair of tokens a sign-in gives: a short-lived access token and a one-use refresh token. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface TokenStore {
  get(): TokenPair | null;
  set(pair: TokenPair | null): void;
  /** Called on every change, also when another tab signs in, renews or signs out. */
  subscribe(listener: () => void): () => void;
}

const KEY = 'd4d.session';

function parse(raw: string | null): TokenPair | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'accessToken' in value &&
      'refreshToken' in value &&
      typeof value.accessToken === 'string' &&
      typeof value.refreshToken === 'string'
    ) {
      return { accessToken: value.accessToken, refreshToken: value.refreshToken };
    }
  } catch {
    // A damaged entry is no session.
  }
  return null;
}

/**
 * Tokens kept in localStorage so that a reload or a new tab stays signed in;
 * the snapshot is cached so that React's useSyncExternalStore sees a stable value.
 */
export function createTokenStore(storage: Storage = window.localStorage): TokenStore {
  const listeners = new Set<() => void>();
  let current = parse(storage.getItem(KEY));
  const notify = () => listeners.forEach((l) => l());

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== KEY && event.key !== null) return;
      current = parse(storage.getItem(KEY));
      notify();
    });
  }

  return {
    get: () => current,
    set(pair) {
      current = pair;
      if (pair) storage.setItem(KEY, JSON.stringify(pair));
      else storage.removeItem(KEY);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
