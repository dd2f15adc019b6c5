import { createHmac, randomUUID } from 'node:crypto';
import { Client } from 'graphql-ws';
import { AUTH_OPTIONS, AuthOptions } from '../src/auth/auth-options';
import { Role } from '../src/common/enums';
import { User } from '../src/users/entities/user.entity';
import { codeOf, startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory, PASSWORD } from './support/factories';
import { subscribe, wsClient } from './support/live';

// The reuse of a refresh token (the whole family revoked) is proven in auth.e2e-spec.ts.

const ME = '{ me { id } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const CHANGE =
  'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken user { id } } }';
const NOTIFICATION_ADDED = 'subscription { notificationAdded { id } }';
const NEW_PASSWORD = 'a much longer passphrase, 2026';

const b64 = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT written by hand, so that every part of it is under the test's control. */
function jwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  secret: string | null,
  hash = 'sha256',
): string {
  const unsigned = `${b64(header)}.${b64(claims)}`;
  const signature = secret ? createHmac(hash, secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

describe('access tokens', () => {
  let t: TestApp;
  let f: Factory;
  let secret: string;
  let user: User;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    secret = t.app.get<AuthOptions>(AUTH_OPTIONS).secret;
    user = await f.user(Role.COORDINATOR);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({
    sub: user.id,
    role: user.role,
    sv: 0,
    iat: now(),
    exp: now() + 600,
    iss: 'd4d-match',
    aud: 'd4d-match',
    jti: randomUUID(),
    ...overrides,
  });
  const HS256 = { alg: 'HS256', typ: 'JWT' };

  /** The outcome over HTTP and over a graphql-ws connection_init: 'ok' or the refusal. */
  async function outcome(token: string): Promise<{ http: string; socket: string }> {
    const res = await t.gql(ME, {}, token);
    const http = res.errors ? String(codeOf(res)) : res.data?.me?.id === user.id ? 'ok' : 'other';
    if (res.errors) expectError(res, 'UNAUTHENTICATED');
    const client = wsClient(t.url, { authorization: `Bearer ${token}` });
    clients.push(client);
    // The server acknowledges connection_init (connected) or closes the socket (4403).
    const socket = new Promise<string>((resolve) => {
      client.on('connected', () => resolve('ok'));
      client.on('closed', (e) => resolve(`closed ${(e as { code?: number }).code}`));
    });
    const sub = subscribe(client, NOTIFICATION_ADDED);
    const result = await socket;
    sub.dispose();
    return { http, socket: result };
  }

  it('accepts a well-formed token signed with the key (the forgeries below differ in one thing)', async () => {
    expect(await outcome(jwt(HS256, claims(), secret))).toEqual({ http: 'ok', socket: 'ok' });
  });

  it('refuses an expired token', async () => {
    const expired = jwt(HS256, claims({ iat: now() - 1000, exp: now() - 10 }), secret);
    expect(await outcome(expired)).toEqual({ http: 'UNAUTHENTICATED', socket: 'closed 4403' });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const unsigned = jwt({ alg: 'none', typ: 'JWT' }, claims(), null);
    expect(await outcome(unsigned)).toEqual({ http: 'UNAUTHENTICATED', socket: 'closed 4403' });
    // Also with the signature of a real token left on.
    const real = jwt(HS256, claims(), secret).split('.')[2];
    expect(await outcome(`${unsigned}${real}`)).toEqual({
      http: 'UNAUTHENTICATED',
      socket: 'closed 4403',
    });
  });

  it('refuses a token signed with another key', async () => {
    const forged = jwt(HS256, claims(), 'another-secret-that-is-long-enough-for-hs256');
    expect(await outcome(forged)).toEqual({ http: 'UNAUTHENTICATED', socket: 'closed 4403' });
  });

  it('refuses another algorithm, even with the right key', async () => {
    const hs512 = jwt({ alg: 'HS512', typ: 'JWT' }, claims(), secret, 'sha512');
    expect(await outcome(hs512)).toEqual({ http: 'UNAUTHENTICATED', socket: 'closed 4403' });
  });

  it('refuses a tampered token: claims changed after signing', async () => {
    const login = dataOf(await t.gql(LOGIN, { input: { email: user.email, password: PASSWORD } }));
    const [header, payload, signature] = login.login.accessToken.split('.');
    expect(await outcome(`${header}.${payload}.${signature}`)).toEqual({
      http: 'ok',
      socket: 'ok',
    });
    const admin = await f.user(Role.ADMIN);
    const original = JSON.parse(Buffer.from(payload, 'base64url').toString());
    for (const change of [{ role: 'ADMIN' }, { sub: admin.id }, { exp: original.exp + 86_400 }]) {
      const tampered = `${header}.${b64({ ...original, ...change })}.${signature}`;
      expect(await outcome(tampered)).toEqual({ http: 'UNAUTHENTICATED', socket: 'closed 4403' });
    }
  });

  it('refuses a token for another issuer or audience', async () => {
    for (const change of [{ iss: 'someone-else' }, { aud: 'another-app' }]) {
      expect(await outcome(jwt(HS256, claims(change), secret))).toEqual({
        http: 'UNAUTHENTICATED',
        socket: 'closed 4403',
      });
    }
  });

  it('refuses a token whose session version is behind (signed before a password change)', async () => {
    expect(await outcome(jwt(HS256, claims({ sv: 1 }), secret))).toEqual({
      http: 'UNAUTHENTICATED',
      socket: 'closed 4403',
    });
  });
});

describe('changePassword', () => {
  let t: TestApp;
  let f: Factory;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  const change = (token: string | undefined, currentPassword: string, newPassword: string) =>
    t.gql(CHANGE, { input: { currentPassword, newPassword } }, token);
  const login = (email: string, password: string) => t.gql(LOGIN, { input: { email, password } });

  it('ends every session of the user and returns a fresh one; the new password works', async () => {
    const first = await f.signedIn(Role.MINISTRY_STAFF);
    const { user } = first;
    const second = dataOf(await login(user.email, PASSWORD)).login;
    const bystander = await f.signedIn(Role.MINISTRY_STAFF);
    // A socket opened before the change, with a subscription running.
    const socket = wsClient(t.url, { authorization: `Bearer ${second.accessToken}` });
    clients.push(socket);
    const connected = new Promise((resolve) => socket.on('connected', resolve));
    const running = subscribe(socket, NOTIFICATION_ADDED);
    await connected;

    const changed = dataOf(await change(first.token, PASSWORD, NEW_PASSWORD)).changePassword;
    expect(changed.user.id).toBe(user.id);

    // Every refresh token and every access token issued before: refused.
    for (const refreshToken of [first.refreshToken, second.refreshToken]) {
      expectError(await t.gql(REFRESH, { t: refreshToken }), 'UNAUTHENTICATED');
    }
    for (const token of [first.token, second.accessToken]) {
      expectError(await t.gql(ME, {}, token), 'UNAUTHENTICATED');
    }
    // That socket is closed (4401: sign in again), in the middle of its subscription.
    expect(((await running.ended) as { code?: number }).code).toBe(4401);
    // Opened again with its old token, it is refused.
    const late = subscribe(socket, NOTIFICATION_ADDED);
    const refused = await Promise.race([
      late.next().then(
        (r) => r.errors?.[0]?.extensions?.code ?? 'event',
        (e: unknown) =>
          e instanceof Error ? e.message : `closed ${(e as { code?: number }).code}`,
      ),
      late.ended.then((e) => (e ? `closed ${(e as { code?: number }).code}` : 'completed')),
    ]);
    expect(refused).toBe('closed 4403');
    late.dispose();

    // The fresh session works, and renews.
    expect(dataOf(await t.gql(ME, {}, changed.accessToken)).me.id).toBe(user.id);
    expect(dataOf(await t.gql(REFRESH, { t: changed.refreshToken })).refreshSession).toBeTruthy();
    // The old password no longer signs in; the new one does.
    expectError(await login(user.email, PASSWORD), 'UNAUTHENTICATED');
    expect(dataOf(await login(user.email, NEW_PASSWORD)).login.accessToken).toEqual(
      expect.any(String),
    );
    // Other users keep their sessions.
    expect(dataOf(await t.gql(ME, {}, bystander.token)).me.id).toBe(bystander.user.id);
  });

  it('refuses the old token to the mutations that follow the change in the same operation', async () => {
    const { user, token } = await f.signedIn(Role.MINISTRY_STAFF);
    const res = await t.gql(
      `mutation($input: ChangePasswordInput!) {
        changePassword(input: $input) { accessToken }
        updateMyProfile(input: { displayName: "Renamed after the change" }) { displayName }
      }`,
      { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
      token,
    );
    expect(res.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([
      ['updateMyProfile', 'UNAUTHENTICATED'],
    ]);
    // The change itself went through (`data` is null: the refused field is non-null).
    expect(dataOf(await login(user.email, NEW_PASSWORD)).login.accessToken).toEqual(
      expect.any(String),
    );
    const rows = await t.db.query<{ display_name: string }[]>(
      'SELECT display_name FROM "user" WHERE id = $1',
      [user.id],
    );
    expect(rows[0].display_name).not.toBe('Renamed after the change');
  });

  it('leaves no session alive when renewals overlap the change', async () => {
    const { user, token } = await f.signedIn(Role.COORDINATOR);
    const sessions = await Promise.all(
      Array.from({ length: 8 }, async () => dataOf(await login(user.email, PASSWORD)).login),
    );
    const [changed, ...renewals] = await Promise.all([
      change(token, PASSWORD, NEW_PASSWORD),
      ...sessions.map((s) => t.gql(REFRESH, { t: s.refreshToken })),
    ]);
    const fresh = dataOf(changed).changePassword;
    const survivors = renewals.flatMap((r) =>
      r.data?.refreshSession ? [r.data.refreshSession] : [],
    );
    for (const pair of survivors) {
      expectError(await t.gql(ME, {}, pair.accessToken), 'UNAUTHENTICATED');
      expectError(await t.gql(REFRESH, { t: pair.refreshToken }), 'UNAUTHENTICATED');
    }
    expect(dataOf(await t.gql(ME, {}, fresh.accessToken)).me.id).toBe(user.id);
  });

  it('is audited, without the password or its hash', async () => {
    const { user, token } = await f.signedIn(Role.SOLUTION_PROVIDER);
    dataOf(await change(token, PASSWORD, NEW_PASSWORD));
    const events: { operation: string; actor_id: string; changes: unknown }[] = await t.db.query(
      'SELECT operation, actor_id, changes FROM audit_event WHERE entity_id = $1',
      [user.id],
    );
    expect(events).toEqual([
      {
        operation: 'changePassword',
        actor_id: user.id,
        changes: [{ field: 'sessionVersion', before: 0, after: 1 }],
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/argon2|passphrase|horse/);
  });

  it('refuses a wrong current password with BAD_USER_INPUT, and changes nothing', async () => {
    const { user, token, refreshToken } = await f.signedIn(Role.COORDINATOR);
    expectError(
      await change(token, 'not my password', NEW_PASSWORD),
      'BAD_USER_INPUT',
      'currentPassword',
    );
    expect(dataOf(await t.gql(ME, {}, token)).me.id).toBe(user.id);
    expect(dataOf(await t.gql(REFRESH, { t: refreshToken })).refreshSession).toBeTruthy();
    expect(dataOf(await login(user.email, PASSWORD)).login).toBeTruthy();
  });

  it('applies the password rules of createUser to the new password', async () => {
    const { token } = await f.signedIn(Role.COORDINATOR);
    expectError(await change(token, PASSWORD, 'short'), 'BAD_USER_INPUT', 'newPassword');
    expectError(await change(token, PASSWORD, 'x'.repeat(201)), 'BAD_USER_INPUT', 'newPassword');
    expectError(await change(token, PASSWORD, PASSWORD), 'BAD_USER_INPUT', 'newPassword');
    expect(codeOf(await t.gql(ME, {}, token))).toBeUndefined();
  });

  it('needs a signed-in caller', async () => {
    expectError(await change(undefined, PASSWORD, NEW_PASSWORD), 'UNAUTHENTICATED');
  });
});
