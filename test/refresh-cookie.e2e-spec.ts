import { createHash } from 'node:crypto';
import { Role } from '../src/common/enums';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory, PASSWORD } from './support/factories';

// Browsers keep the refresh token in an HttpOnly cookie that only /auth/refresh and
// /auth/logout receive, so that no script of the page can read it; other clients keep
// sending it in the body of refreshSession and logout.

const LOGIN =
  'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const CHANGE =
  'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken } }';
const ME = '{ me { id } }';
const COOKIE = 'd4d_refresh';

interface SetCookie {
  value: string;
  attributes: Record<string, string | true>;
}

/** The Set-Cookie of the refresh cookie in a response, parsed; null if none. */
function refreshCookieOf(res: Response): SetCookie | null {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  if (!header) return null;
  const [pair, ...rest] = header.split(';').map((p) => p.trim());
  const attributes: SetCookie['attributes'] = {};
  for (const part of rest) {
    const [name, ...value] = part.split('=');
    attributes[name.toLowerCase()] = value.length ? value.join('=') : true;
  }
  return { value: decodeURIComponent(pair.slice(COOKIE.length + 1)), attributes };
}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

describe('the refresh token cookie', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
  });
  afterAll(() => t.close());

  /** A GraphQL request with the response itself, for its headers. */
  const graphql = (query: string, variables: Record<string, unknown>, token?: string) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });

  /** A POST to /auth/<what> as the browser client sends it (or otherwise, with `headers`). */
  const auth = (
    what: 'refresh' | 'logout',
    cookie: string | null,
    headers: Record<string, string> = { 'content-type': 'application/json' },
    body = '{}',
  ) =>
    fetch(`${t.url}/auth/${what}`, {
      method: 'POST',
      headers: { ...headers, ...(cookie ? { cookie: `${COOKIE}=${cookie}` } : {}) },
      body,
    });

  async function signIn() {
    const user = await f.user(Role.MINISTRY_STAFF);
    const res = await graphql(LOGIN, { input: { email: user.email, password: PASSWORD } });
    const body = (await res.json()) as { data: { login: { refreshToken: string } } };
    return { user, res, body: body.data.login, cookie: refreshCookieOf(res) };
  }

  it('login sets it: HttpOnly, Secure, SameSite=Strict, for /auth only, as long as the token lives', async () => {
    const { cookie, body } = await signIn();
    expect(cookie).not.toBeNull();
    expect(cookie!.value).toBe(body.refreshToken);
    expect(cookie!.attributes).toMatchObject({
      path: '/auth',
      httponly: true,
      secure: true,
      samesite: 'Strict',
      'max-age': String(30 * 86_400),
    });
    expect(cookie!.attributes.domain).toBeUndefined();
  });

  it('POST /auth/refresh with the cookie answers a new access token and rotates the cookie, the token never in the body', async () => {
    const { user, cookie } = await signIn();
    const res = await auth('refresh', cookie!.value);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn']);
    expect(body.expiresIn).toBe(900);
    expect(dataOf(await t.gql(ME, {}, body.accessToken as string)).me.id).toBe(user.id);
    const rotated = refreshCookieOf(res)!;
    expect(rotated.value).not.toBe(cookie!.value);
    expect(rotated.attributes).toMatchObject({ path: '/auth', httponly: true, samesite: 'Strict' });
    expect(JSON.stringify(body)).not.toContain(rotated.value);
    // The new cookie renews again; the spent one, presented again, ends the sign-in.
    expect((await auth('refresh', rotated.value)).status).toBe(200);
    const reused = await auth('refresh', cookie!.value);
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expectError(await t.gql(ME, {}, body.accessToken as string), 'UNAUTHENTICATED');
  });

  it('takes the previous cookie again for a while, as when a reload cut off the answer: the same next token, nothing ended', async () => {
    const { user, cookie } = await signIn();
    const lost = await auth('refresh', cookie!.value);
    const next = refreshCookieOf(lost)!.value;
    const again = await auth('refresh', cookie!.value);
    expect(again.status).toBe(200);
    expect(refreshCookieOf(again)!.value).toBe(next);
    const { accessToken } = (await again.json()) as { accessToken: string };
    expect(dataOf(await t.gql(ME, {}, accessToken)).me.id).toBe(user.id);
    // Once the next token is used, the previous one is a copy: the sign-in ends.
    const used = await auth('refresh', next);
    expect(used.status).toBe(200);
    expect((await auth('refresh', cookie!.value)).status).toBe(401);
    expect((await auth('refresh', refreshCookieOf(used)!.value)).status).toBe(401);
    expectError(await t.gql(ME, {}, accessToken), 'UNAUTHENTICATED');
  });

  it('answers two renewals racing with one cookie (tabs without Web Locks) with the same next token', async () => {
    const { cookie } = await signIn();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => auth('refresh', cookie!.value)),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const next = new Set(answers.map((r) => refreshCookieOf(r)!.value));
    expect(next.size).toBe(1);
    expect((await auth('refresh', [...next][0])).status).toBe(200);
  });

  it('answers 401 without the cookie, and clears a cookie that no longer works', async () => {
    const none = await auth('refresh', null);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const garbage = await auth('refresh', 'not-a-token');
    expect(garbage.status).toBe(401);
    const cleared = refreshCookieOf(garbage);
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes.path).toBe('/auth');
  });

  it('refuses a request a page of another site could send (no JSON content type), and spends nothing', async () => {
    const { cookie } = await signIn();
    for (const headers of [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      {} as Record<string, string>,
    ]) {
      for (const what of ['refresh', 'logout'] as const) {
        const res = await auth(what, cookie!.value, headers, '');
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST' });
        expect(refreshCookieOf(res)).toBeNull();
      }
    }
    const [row] = await t.db.query(
      'SELECT used_at, revoked_at FROM refresh_token WHERE token_hash = $1',
      [hashOf(cookie!.value)],
    );
    expect(row).toEqual({ used_at: null, revoked_at: null });
    expect((await auth('refresh', cookie!.value)).status).toBe(200);
  });

  it('POST /auth/logout ends the sign-in of the cookie and clears it', async () => {
    const { body, cookie } = await signIn();
    const login = body as unknown as { accessToken: string };
    const res = await auth('logout', cookie!.value);
    expect(res.status).toBe(204);
    expect(refreshCookieOf(res)?.value).toBe('');
    expect((await auth('refresh', cookie!.value)).status).toBe(401);
    expectError(await t.gql(ME, {}, login.accessToken), 'UNAUTHENTICATED');
    // Without a cookie there is nothing to end: the same answer.
    expect((await auth('logout', null)).status).toBe(204);
  });

  it('GraphQL keeps the token in the body for other clients, and sets or clears the cookie as it goes', async () => {
    const { user, body } = await signIn();
    // refreshSession(refreshToken:) rotates as before, and the cookie follows.
    const renewed = await graphql(REFRESH, { t: body.refreshToken });
    const pair = ((await renewed.json()) as { data: { refreshSession: Record<string, string> } })
      .data.refreshSession;
    expect(refreshCookieOf(renewed)?.value).toBe(pair.refreshToken);
    // changePassword: a new sign-in, a new cookie.
    const changed = await graphql(
      CHANGE,
      { input: { currentPassword: PASSWORD, newPassword: 'another long passphrase' } },
      pair.accessToken,
    );
    const fresh = ((await changed.json()) as { data: { changePassword: Record<string, string> } })
      .data.changePassword;
    expect(refreshCookieOf(changed)?.value).toBe(fresh.refreshToken);
    // logout(refreshToken:) clears it.
    const out = await graphql(LOGOUT, { t: fresh.refreshToken }, fresh.accessToken);
    expect(((await out.json()) as { data: { logout: boolean } }).data.logout).toBe(true);
    expect(refreshCookieOf(out)?.value).toBe('');
    expect(user.id).toBeTruthy();
  });

  it('keeps the reuse detection of refreshSession(refreshToken:) for other clients: a second use ends the sign-in', async () => {
    const { body } = await signIn();
    const first = await t.gql(REFRESH, { t: body.refreshToken });
    const next = dataOf(first).refreshSession;
    expectError(await t.gql(REFRESH, { t: body.refreshToken }), 'UNAUTHENTICATED');
    expectError(await t.gql(REFRESH, { t: next.refreshToken }), 'UNAUTHENTICATED');
  });

  it('answers hostile cookies and bodies with a code, never an internal error, and spends nothing', async () => {
    const { cookie } = await signIn();
    const hostile = [
      '%E0%A4%A',
      'x'.repeat(4000),
      `${cookie!.value}x`,
      `other; ${COOKIE}=${cookie!.value}`, // the first of two is read
      '"quoted"',
      'a=b=c',
    ];
    for (const value of hostile) {
      for (const what of ['refresh', 'logout'] as const) {
        const res = await auth(what, value);
        expect([204, 400, 401]).toContain(res.status);
        if (res.status !== 204) {
          expect(((await res.json()) as { code: string }).code).toMatch(/^[A-Z_]+$/);
        }
      }
    }
    const broken = await auth('refresh', cookie!.value, undefined, '{ not json');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' } }],
    });
    expect((await auth('refresh', cookie!.value)).status).toBe(200);
  });

  it('is not an access token: GraphQL ignores it', async () => {
    const { cookie } = await signIn();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${COOKIE}=${cookie!.value}` },
      body: JSON.stringify({ query: ME }),
    });
    expectError((await res.json()) as never, 'UNAUTHENTICATED');
  });
});

describe('the refresh cookie after its grace', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await startTestApp({ auth: { refreshRetrySeconds: 1 } });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('treats the previous cookie, presented again after the grace, as a copy: the sign-in ends', async () => {
    const { refreshToken } = await f.session(await f.user(Role.COORDINATOR));
    const post = (cookie: string) =>
      fetch(`${t.url}/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${COOKIE}=${cookie}` },
        body: '{}',
      });
    const first = await post(refreshToken);
    expect(first.status).toBe(200);
    const next = refreshCookieOf(first)!.value;
    await new Promise((r) => setTimeout(r, 1200));
    expect((await post(refreshToken)).status).toBe(401);
    expect((await post(next)).status).toBe(401);
  });
});
