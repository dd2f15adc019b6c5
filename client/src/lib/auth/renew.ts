import { accessTokenOf, type AccessToken } from './token-store';

/** The server's routes that read the refresh cookie (src/sessions/sessions.controller.ts). */
export const AUTH_ENDPOINT = '/auth';

const post = (fetchImpl: typeof fetch, url: string) =>
  fetchImpl(url, {
    method: 'POST',
    // A JSON body: the server refuses what a page of another origin could send without a preflight.
    headers: { 'content-type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  });

/**
 * A new access token through the refresh cookie (POST /auth/refresh), which
 * the browser sends and the server rotates; the page never sees the refresh
 * token. Resolves to null when the server refuses (no session, or it ended);
 * rejects when it cannot be reached, which must not sign anyone out on a
 * slow or broken link.
 */
export function renewOver(
  endpoint = AUTH_ENDPOINT,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): () => Promise<AccessToken | null> {
  return async () => {
    const response = await post(fetchImpl, `${endpoint}/refresh`);
    if (response.status === 401) return null;
    if (!response.ok) throw new Error('The session could not be renewed.');
    const body = (await response.json()) as { accessToken: string; expiresIn?: number };
    return accessTokenOf(body.accessToken, body.expiresIn);
  };
}

/** Ends this browser's sign-in on the server (POST /auth/logout), which clears the cookie. */
export function logoutOver(
  endpoint = AUTH_ENDPOINT,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): () => Promise<void> {
  return async () => {
    await post(fetchImpl, `${endpoint}/logout`);
  };
}
