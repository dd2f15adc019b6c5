import { Role } from '../src/common/enums';
import { codeOf, startTestApp, TestApp } from './support/app';
import { expectError } from './support/assertions';
import { Factory, PASSWORD } from './support/factories';

const LOGIN =
  'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id email role } } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const ME = '{ me { id email role ministry { acronym } organization { name } } }';

describe('sign-in', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('signs in with e-mail and password, in any letter case, and `me` answers', async () => {
    const user = await f.user(Role.MINISTRY_STAFF);
    const res = await t.gql(LOGIN, {
      input: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toMatchObject({ id: user.id, role: 'MINISTRY_STAFF' });
    const [, payload] = res.data!.login.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(900);
    const me = await t.gql(ME, {}, res.data!.login.accessToken);
    expect(me.data!.me).toMatchObject({ id: user.id, email: user.email, organization: null });
    expect(me.data!.me.ministry.acronym).toMatch(/^M/);
  });

  it('gives one answer for an unknown e-mail and a wrong password', async () => {
    const user = await f.user(Role.COORDINATOR);
    const wrong = await t.gql(LOGIN, {
      input: { email: user.email, password: 'not the password' },
    });
    const unknown = await t.gql(LOGIN, {
      input: { email: 'nobody@test.d4d.lu', password: PASSWORD },
    });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('refuses a malformed sign-in as bad input, before any password check', async () => {
    const res = await t.gql(LOGIN, { input: { email: 'not an e-mail', password: PASSWORD } });
    expectError(res, 'BAD_USER_INPUT', 'email');
    // Not Unicode at all (a lone surrogate): the e-mail check must answer, not throw.
    const lone = await t.gql(LOGIN, { input: { email: 'a\udc00@b.lu', password: PASSWORD } });
    expectError(lone, 'BAD_USER_INPUT', 'email');
    const long = await t.gql(LOGIN, { input: { email: 'a@b.lu', password: 'x'.repeat(201) } });
    expectError(long, 'BAD_USER_INPUT', 'password');
  });

  it('stores refresh tokens only as hashes', async () => {
    const { refreshToken } = await f.signedIn(Role.ADMIN);
    const rows = await t.db.query('SELECT token_hash FROM refresh_token');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).not.toContain(refreshToken);
  });

  it('stores passwords as argon2id hashes', async () => {
    const user = await f.user(Role.ADMIN);
    const [row] = await t.db.query('SELECT password_hash FROM "user" WHERE id = $1', [user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('rotates the refresh token, and a second use of a spent one revokes the whole family', async () => {
    const { refreshToken } = await f.signedIn(Role.COORDINATOR);
    const first = await t.gql(REFRESH, { t: refreshToken });
    expect(first.errors).toBeUndefined();
    const next = first.data!.refreshSession.refreshToken;
    expect(next).not.toBe(refreshToken);

    const reuse = await t.gql(REFRESH, { t: refreshToken });
    expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
    // The theft signal ends the session: the newer token no longer works either.
    expect(codeOf(await t.gql(REFRESH, { t: next }))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the session', async () => {
    const { token, refreshToken } = await f.signedIn(Role.SOLUTION_PROVIDER);
    const out = await t.gql(LOGOUT, { t: refreshToken }, token);
    expect(out.data).toEqual({ logout: true });
    expect(codeOf(await t.gql(REFRESH, { t: refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a garbage refresh token and a garbage access token', async () => {
    expect(codeOf(await t.gql(REFRESH, { t: 'nope' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, 'not.a.jwt'))).toBe('UNAUTHENTICATED');
  });

  it('refuses anonymous callers everywhere but login and refreshSession', async () => {
    const res = await t.gql(ME);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res)).not.toMatch(/stack|at .*\.ts/);
  });
});
