import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Role } from '../src/common/enums';
import { PasswordResetsService } from '../src/users/password-resets.service';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError, MISSING_ID, rowCount } from './support/assertions';
import { Factory, PASSWORD } from './support/factories';

jest.setTimeout(120_000);

const ISSUE = 'mutation($id: ID!) { issuePasswordResetLink(userId: $id) { url expiresAt } }';
const REQUEST = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESET =
  'mutation($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }';
const ME = '{ me { id role } }';
const AUDIT = `query($id: ID!) { auditEvents(filter: { entityId: $id }) {
  edges { node { operation actor { id } requestId changes { field before after } } } } }`;
const NEW_PASSWORD = 'a brand new password';

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Signed = Awaited<ReturnType<Factory['signedIn']>>;

describe('accounts', () => {
  let t: TestApp;
  let f: Factory;
  let admin: Signed;
  let coordinator: Signed;
  let staff: Signed;
  let provider: Signed;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    [admin, coordinator, staff, provider] = await Promise.all([
      f.signedIn(Role.ADMIN),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.SOLUTION_PROVIDER),
    ]);
  });
  afterAll(() => t.close());

  const login = (email: string, password = PASSWORD) =>
    t.gql(LOGIN, { input: { email, password } });
  const audit = async (id: string) =>
    dataOf(await t.gql(AUDIT, { id }, admin.token)).auditEvents.edges.map((e: any) => e.node);

  describe('password reset links', () => {
    it('gives an administrator a one-time link, stored only as a hash, valid 24 hours', async () => {
      const person = await f.signedIn(Role.SOLUTION_PROVIDER);
      const link = dataOf(
        await t.gql(ISSUE, { id: person.user.id }, admin.token),
      ).issuePasswordResetLink;
      expect(link.url).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=[\w-]{43}$/);
      const hours = (Date.parse(link.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);
      const token = tokenOf(link.url);
      const stored = await t.db.query('SELECT * FROM password_reset WHERE user_id = $1', [
        person.user.id,
      ]);
      expect(stored).toHaveLength(1);
      expect(stored[0].token_hash).toBe(sha256(token));
      expect(JSON.stringify(stored)).not.toContain(token);
      const [issued] = await audit(person.user.id);
      expect(issued).toMatchObject({
        operation: 'issuePasswordResetLink',
        actor: { id: admin.user.id },
      });
      expect(JSON.stringify(issued)).not.toContain(token);

      // The reset: a new password, every session ended, the link spent.
      expect(dataOf(await t.gql(RESET, { token, pw: NEW_PASSWORD })).resetPassword).toBe(true);
      expectError(await t.gql(ME, {}, person.token), 'UNAUTHENTICATED');
      expectError(await t.gql(REFRESH, { t: person.refreshToken }), 'UNAUTHENTICATED');
      expectError(await login(person.user.email), 'UNAUTHENTICATED');
      dataOf(await login(person.user.email, NEW_PASSWORD));
      expectError(
        await t.gql(RESET, { token, pw: 'yet another password' }),
        'BAD_USER_INPUT',
        'token',
      );
      const [reset] = await audit(person.user.id);
      expect(reset).toMatchObject({ operation: 'resetPassword', actor: { id: person.user.id } });
      expect(reset.requestId).toEqual(expect.any(String));
    });

    it('spends a link once when two resets race, and a newer link revokes the older', async () => {
      const person = await f.user(Role.COORDINATOR);
      const issue = async () =>
        tokenOf(
          dataOf(await t.gql(ISSUE, { id: person.id }, admin.token)).issuePasswordResetLink.url,
        );
      const older = await issue();
      const newer = await issue();
      expectError(
        await t.gql(RESET, { token: older, pw: NEW_PASSWORD }),
        'BAD_USER_INPUT',
        'token',
      );
      const both = await Promise.all([
        t.gql(RESET, { token: newer, pw: 'first racer password' }),
        t.gql(RESET, { token: newer, pw: 'second racer password' }),
      ]);
      expect(both.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
      expect(both.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toHaveLength(
        1,
      );
    });

    it('refuses an expired link, a bad token and a short password, changing nothing', async () => {
      const person = await f.user(Role.COORDINATOR);
      const token = tokenOf(
        dataOf(await t.gql(ISSUE, { id: person.id }, admin.token)).issuePasswordResetLink.url,
      );
      expectError(await t.gql(RESET, { token, pw: 'short' }), 'BAD_USER_INPUT', 'newPassword');
      await t.db.query(
        "UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1",
        [person.id],
      );
      const hashBefore = await t.db.query('SELECT password_hash FROM "user" WHERE id = $1', [
        person.id,
      ]);
      expectError(await t.gql(RESET, { token, pw: NEW_PASSWORD }), 'BAD_USER_INPUT', 'token');
      expectError(
        await t.gql(RESET, { token: 'x'.repeat(43), pw: NEW_PASSWORD }),
        'BAD_USER_INPUT',
        'token',
      );
      expect(
        await t.db.query('SELECT password_hash FROM "user" WHERE id = $1', [person.id]),
      ).toEqual(hashBefore);
    });

    it('is issued by administrators only, for active people', async () => {
      const person = await f.user(Role.COORDINATOR);
      const count = await rowCount(t, 'password_reset');
      for (const caller of [coordinator, staff, provider]) {
        expectError(await t.gql(ISSUE, { id: person.id }, caller.token), 'FORBIDDEN');
      }
      expectError(await t.gql(ISSUE, { id: person.id }), 'UNAUTHENTICATED');
      expectError(await t.gql(ISSUE, { id: MISSING_ID }, admin.token), 'NOT_FOUND');
      const gone = await f.user(Role.COORDINATOR, { deactivatedAt: new Date() });
      expectError(await t.gql(ISSUE, { id: gone.id }, admin.token), 'BAD_USER_INPUT', 'userId');
      expect(await rowCount(t, 'password_reset')).toBe(count);
    });

    it('answers a request the same whether or not the address exists, and logs the link masked', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn');
      try {
        const resets = t.app.get(PasswordResetsService);
        const person = await f.user(Role.MINISTRY_STAFF);
        const gone = await f.user(Role.MINISTRY_STAFF, { deactivatedAt: new Date() });
        const answers = [];
        for (const email of [person.email.toUpperCase(), 'nobody.here@test.d4d.lu', gone.email]) {
          answers.push(await t.gql(REQUEST, { email }));
        }
        expect(answers.map((a) => JSON.stringify(a))).toEqual(
          Array(3).fill(JSON.stringify({ data: { requestPasswordReset: true } })),
        );
        await resets.settled();
        const rows = await t.db.query(
          'SELECT user_id, issued_by_id FROM password_reset WHERE user_id = ANY($1)',
          [[person.id, gone.id]],
        );
        expect(rows).toEqual([{ user_id: person.id, issued_by_id: null }]);
        const lines = warn.mock.calls
          .map(([line]) => line as Record<string, string>)
          .filter((line) => typeof line === 'object' && line.link);
        expect(lines).toHaveLength(1);
        const [local, domain] = person.email.split('@');
        expect(lines[0].to).toBe(`${local[0]}***@${domain[0]}***.lu`);
        expect(JSON.stringify(lines[0])).not.toContain(local);
        // Asking again soon writes nothing more; the logged link works.
        dataOf(await t.gql(REQUEST, { email: person.email }));
        await resets.settled();
        expect(
          await t.db.query('SELECT id FROM password_reset WHERE user_id = $1', [person.id]),
        ).toHaveLength(1);
        dataOf(await t.gql(RESET, { token: tokenOf(lines[0].link), pw: NEW_PASSWORD }));
        dataOf(await login(person.email, NEW_PASSWORD));
        const [asked] = (await audit(person.id)).filter(
          (e: any) => e.operation === 'requestPasswordReset',
        );
        expect(asked.actor).toBeNull();
      } finally {
        warn.mockRestore();
      }
    });
  });
});

describe('password resets under the sign-in lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ security: { signInMaxFailuresPerIp: 3 } });
  });
  afterAll(() => t.close());

  it('locks an address out after too many wrong tokens, as sign-in does', async () => {
    const f = new Factory(t);
    const admin = await f.signedIn(Role.ADMIN);
    const person = await f.user(Role.COORDINATOR);
    const token = tokenOf(
      dataOf(await t.gql(ISSUE, { id: person.id }, admin.token)).issuePasswordResetLink.url,
    );
    for (let i = 0; i < 3; i++) {
      expectError(
        await t.gql(RESET, { token: `wrong-${i}-${'x'.repeat(36)}`, pw: NEW_PASSWORD }),
        'BAD_USER_INPUT',
        'token',
      );
    }
    // Now even the right token is refused from this address, before it is looked at.
    const locked = await t.gql(RESET, { token, pw: NEW_PASSWORD });
    expectError(locked, 'TOO_MANY_REQUESTS');
    // And so is signing in from it.
    expectError(
      await t.gql(LOGIN, { input: { email: person.email, password: 'nope' } }),
      'TOO_MANY_REQUESTS',
    );
  });
});
