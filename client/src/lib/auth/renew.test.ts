import { logoutOver, renewOver } from './renew';
import { lifetimeOf } from './token-store';

const jwt = (claims: object) =>
  `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

describe('renewal through the refresh cookie', () => {
  it('posts a JSON body to /auth/refresh, the cookie going with it, and keeps the lifetime', async () => {
    const fetchImpl = vi.fn<typeof fetch>(
      async () => new Response(JSON.stringify({ accessToken: 'a2', expiresIn: 900 })),
    );
    const before = Date.now();
    const token = await renewOver('/auth', fetchImpl)();
    expect(fetchImpl).toHaveBeenCalledWith('/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    });
    expect(token?.accessToken).toBe('a2');
    expect(token!.expiresAt! - before).toBeGreaterThanOrEqual(900_000);
    expect(token!.expiresAt! - Date.now()).toBeLessThanOrEqual(900_000);
  });

  it('answers null when the server refuses (no session), and rejects when it cannot answer', async () => {
    const refused = vi.fn<typeof fetch>(async () => new Response('{}', { status: 401 }));
    expect(await renewOver('/auth', refused)()).toBeNull();
    const broken = vi.fn<typeof fetch>(async () => new Response('{}', { status: 503 }));
    await expect(renewOver('/auth', broken)()).rejects.toThrow();
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(renewOver('/auth', offline)()).rejects.toThrow();
  });

  it('signs out through /auth/logout', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));
    await logoutOver('/auth', fetchImpl)();
    expect(fetchImpl).toHaveBeenCalledWith(
      '/auth/logout',
      expect.objectContaining({ method: 'POST' }),
    );
  });

  it("reads an access token's lifetime from its claims, or null", () => {
    expect(lifetimeOf(jwt({ iat: 1000, exp: 1900 }))).toBe(900);
    expect(lifetimeOf(jwt({ exp: 1900 }))).toBeNull();
    expect(lifetimeOf('not a token')).toBeNull();
  });
});
