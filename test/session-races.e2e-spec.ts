import { Role } from '../src/common/enums';
import { User } from '../src/users/entities/user.entity';
import { codeOf, GqlResponse, startTestApp, TestApp } from './support/app';
import { Factory, PASSWORD } from './support/factories';

/**
 * Sessions under concurrency (found by an integrity review): each test fires
 * many concurrent attempts, staggered by a few turns of the event loop, and
 * asserts the outcome a serial execution would give. Before the fix the
 * first two failed in about a third of the rounds, the third in every one.
 * races.e2e-spec.ts covers updateNeed, decideMatch and reviewMatch.
 */
jest.setTimeout(180_000);

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const CHANGE =
  'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken user { id } } }';
const ME = '{ me { id } }';

type Session = { accessToken: string; refreshToken: string };

describe('sessions under concurrency', () => {
  let t: TestApp;
  let f: Factory;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
  });
  afterAll(() => t.close());

  const login = (user: User) => f.session(user);
  const refresh = (token: string) => t.gql<{ refreshSession: Session }>(REFRESH, { t: token });

  /** Resolves after `n` turns of the event loop: a sub-millisecond stagger between two requests. */
  const ticks = (n: number) =>
    new Promise<void>((resolve) => {
      const go = (k: number) => (k <= 0 ? resolve() : setImmediate(() => go(k - 1)));
      go(n);
    });

  it('a reuse of a refresh token racing its rotation revokes the whole family, the token issued to the winner included', async () => {
    const user = await f.user(Role.COORDINATOR);
    const ROUNDS = 60;
    let reused = 0;
    const survivors: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const session = await login(user);
      // The same refresh token presented twice: the copy a few event-loop turns after the original.
      const results = await Promise.all([
        refresh(session.refreshToken),
        ticks(round % 40).then(() => refresh(session.refreshToken)),
      ]);
      if (results.every((r) => r.data?.refreshSession)) throw new Error('a token worked twice');
      reused += 1;
      for (const r of results) {
        if (!r.data?.refreshSession) continue;
        // Reuse was detected in this family, so the session handed to the winner must be dead.
        const next = r.data.refreshSession.refreshToken;
        if (!(await refresh(next)).errors) survivors.push(`round ${round} (stagger ${round % 40})`);
      }
    }
    console.log(
      `refresh reuse race: ${ROUNDS} rounds, ${reused} reuses detected, ${survivors.length} families kept a working session`,
    );
    expect(survivors).toEqual([]);
  });

  it('logout racing refreshSession on the same token leaves no working session behind', async () => {
    const user = await f.user(Role.MINISTRY_STAFF);
    const caller = await login(user); // logout needs a signed-in caller
    const ROUNDS = 60;
    let renewed = 0;
    const survivors: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const session = await login(user);
      const [out, renewal] = await Promise.all([
        ticks(round % 40).then(() =>
          t.gql<{ logout: boolean }>(LOGOUT, { t: session.refreshToken }, caller.accessToken),
        ),
        refresh(session.refreshToken),
      ]);
      expect(out.errors).toBeUndefined();
      expect(out.data?.logout).toBe(true);
      if (!renewal.data?.refreshSession) continue;
      renewed += 1;
      // Logged out: whatever the renewal handed out belongs to the ended session.
      const next = renewal.data.refreshSession.refreshToken;
      if (!(await refresh(next)).errors) survivors.push(`round ${round} (stagger ${round % 40})`);
    }
    console.log(
      `logout/refresh race: ${ROUNDS} rounds, ${renewed} renewals answered, ${survivors.length} sessions outlived their logout`,
    );
    expect(survivors).toEqual([]);
  });

  it('two concurrent changePassword calls of one user: one change, a consistent answer and audit', async () => {
    const ROUNDS = 6;
    const results: string[] = [];
    const problems: string[] = [];
    let inconsistent = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const user = await f.user(Role.COORDINATOR);
      const [a, b] = await Promise.all([login(user), login(user)]);
      const pw = [`first new passphrase ${round}!`, `second new passphrase ${round}!`];
      const answers: GqlResponse<any>[] = await Promise.all([
        t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: pw[0] } }, a.accessToken),
        t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: pw[1] } }, b.accessToken),
      ]);
      const codes = answers.map((r) => (r.errors ? codeOf(r) : 'OK'));
      // Which passwords sign in now.
      const works = await Promise.all(
        [PASSWORD, ...pw].map(async (p) => {
          const res = await t.gql(LOGIN, { input: { email: user.email, password: p } });
          return !res.errors;
        }),
      );
      const events: { changes: { before: number; after: number }[] }[] = await t.db.query(
        `SELECT changes FROM audit_event WHERE entity_id = $1 AND operation = 'changePassword'
          ORDER BY occurred_at`,
        [user.id],
      );
      const [row] = await t.db.query('SELECT session_version FROM "user" WHERE id = $1', [user.id]);
      const audited = events.map((e) => `${e.changes[0].before}->${e.changes[0].after}`).join(',');
      const line = `answers ${codes.join('/')}; works old=${works[0]} pw1=${works[1]} pw2=${works[2]}; session_version=${row.session_version}; audit ${audited}`;
      results.push(line);
      // As in a serial execution: one call changes the password and answers with a working
      // session; the other finds the current password no longer right (BAD_USER_INPUT, or a
      // CONFLICT) and changes nothing; one audit event.
      const ok = answers.flatMap((r, i) => (r.errors ? [] : [i]));
      const consistent =
        ok.length === 1 &&
        ['BAD_USER_INPUT', 'CONFLICT'].includes(codes[1 - ok[0]] as string) &&
        works[1 + ok[0]] &&
        !works[2 - ok[0]] &&
        events.length === 1;
      if (!consistent) {
        inconsistent += 1;
        problems.push(`round ${round}: ${line}`);
      }
      // The session each successful answer handed out must work.
      for (const i of ok) {
        const me = await t.gql(ME, {}, answers[i].data.changePassword.accessToken);
        if (me.errors)
          problems.push(`round ${round}: answer ${i} succeeded but its session is dead`);
      }
    }
    console.log(
      `changePassword race: ${inconsistent} of ${ROUNDS} rounds inconsistent\n  ${results.join('\n  ')}`,
    );
    expect(problems).toEqual([]);
  });
});
