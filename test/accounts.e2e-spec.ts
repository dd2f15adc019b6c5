import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Role, Visibility } from '../src/common/enums';
import { PasswordResetsService } from '../src/users/password-resets.service';
import { User } from '../src/users/entities/user.entity';
import { GqlResponse, StatementCounter, startTestApp, TestApp } from './support/app';
import { dataOf, expectError, MISSING_ID, rowCount } from './support/assertions';
import { Factory, PASSWORD } from './support/factories';
import { subscribe, wsClient } from './support/live';

jest.setTimeout(120_000);

const USERS = `query($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id displayName email role active deactivatedAt ministry { id } organization { id } } }
    pageInfo { hasNextPage endCursor } } }`;
const USER = 'query($id: ID!) { user(id: $id) { id displayName email role active } }';
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id displayName role active ministry { id } organization { id } } }`;
const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(id: $id) { id active deactivatedAt } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateUser(id: $id) { id active deactivatedAt } }';
const ISSUE = 'mutation($id: ID!) { issuePasswordResetLink(userId: $id) { url expiresAt } }';
const REQUEST = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESET =
  'mutation($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }';
const ME = '{ me { id role } }';
const AUDIT = `query($id: ID!) { auditEvents(filter: { entityId: $id }) {
  edges { node { operation actor { id } requestId changes { field before after } } } } }`;
const NOTIFICATION_ADDED = 'subscription { notificationAdded { id } }';
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
  const clients: ReturnType<typeof wsClient>[] = [];

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
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  const login = (email: string, password = PASSWORD) =>
    t.gql(LOGIN, { input: { email, password } });
  const audit = async (id: string) =>
    dataOf(await t.gql(AUDIT, { id }, admin.token)).auditEvents.edges.map((e: any) => e.node);
  const row = (id: string) => t.db.getRepository(User).findOneByOrFail({ id });

  /** Every id the list gives, page by page, `first` at a time. */
  async function walk(token: string, filter: object, first = 100): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = dataOf(await t.gql(USERS, { filter, first, after }, token)).users;
      nodes.push(...page.edges.map((e: any) => e.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  describe('the people list and one person', () => {
    it('gives the working group everyone by name, page after page, with what they filter on', async () => {
      const ministry = await f.ministry();
      const org = await f.organization();
      const tag = `Zélie-${Date.now()}`;
      const people = await Promise.all([
        f.user(Role.MINISTRY_STAFF, { displayName: `${tag} Charlie`, ministryId: ministry.id }),
        f.user(Role.MINISTRY_STAFF, { displayName: `${tag} alice`, ministryId: ministry.id }),
        f.user(Role.SOLUTION_PROVIDER, { displayName: `${tag} Bob`, organizationId: org.id }),
        f.user(Role.COORDINATOR, { displayName: `${tag} dora` }),
      ]);
      await t.db.getRepository(User).update(people[3].id, { deactivatedAt: new Date() });
      for (const viewer of [admin, coordinator]) {
        // By name, case aside, two at a time: every one once.
        const named = await walk(viewer.token, { search: tag }, 2);
        expect(named.map((n) => n.displayName)).toEqual(
          ['alice', 'Bob', 'Charlie', 'dora'].map((n) => `${tag} ${n}`),
        );
        // Accents and case aside, and by e-mail.
        const folded = await walk(viewer.token, { search: tag.toUpperCase().replace('É', 'E') });
        expect(folded).toHaveLength(4);
        const byEmail = await walk(viewer.token, { search: people[2].email.split('@')[0] });
        expect(byEmail.map((n) => n.id)).toEqual([people[2].id]);
        expect(byEmail[0].email).toBe(people[2].email);
        const ids = async (filter: object) =>
          (await walk(viewer.token, { search: tag, ...filter })).map((n) => n.id).sort();
        expect(await ids({ ministryId: ministry.id })).toEqual([people[0].id, people[1].id].sort());
        expect(await ids({ organizationId: org.id })).toEqual([people[2].id]);
        expect(await ids({ role: 'COORDINATOR' })).toEqual([people[3].id]);
        expect(await ids({ active: false })).toEqual([people[3].id]);
        expect(await ids({ active: true })).toHaveLength(3);
        const one = dataOf(await t.gql(USER, { id: people[3].id }, viewer.token)).user;
        expect(one).toMatchObject({ id: people[3].id, active: false, email: people[3].email });
      }
      // `%` and `_` are looked for as typed, not as patterns.
      expect(await walk(admin.token, { search: '%' })).toEqual([]);
      const counted = dataOf(
        await t.gql(USERS, { filter: { search: tag }, first: 1 }, admin.token),
      );
      expect(counted.users.totalCount).toBe(4);
    });

    it('refuses the list and one person to staff and providers, and to anonymous callers', async () => {
      for (const { token } of [staff, provider]) {
        expectError(await t.gql(USERS, {}, token), 'FORBIDDEN');
        expectError(await t.gql(USER, { id: staff.user.id }, token), 'FORBIDDEN');
      }
      expectError(await t.gql(USERS, {}), 'UNAUTHENTICATED');
      expectError(await t.gql(USER, { id: staff.user.id }), 'UNAUTHENTICATED');
    });

    it('answers NOT_FOUND for no one, BAD_USER_INPUT for a bad id, filter or cursor', async () => {
      expectError(await t.gql(USER, { id: MISSING_ID }, admin.token), 'NOT_FOUND');
      expectError(await t.gql(USER, { id: 'nope' }, admin.token), 'BAD_USER_INPUT', 'id');
      expectError(
        await t.gql(USERS, { filter: { ministryId: 'x' } }, admin.token),
        'BAD_USER_INPUT',
        'filter.ministryId',
      );
      expectError(await t.gql(USERS, { after: 'bm90IGEgY3Vyc29y' }, admin.token), 'BAD_USER_INPUT');
      expectError(await t.gql(USERS, { first: 101 }, admin.token), 'BAD_USER_INPUT');
    });
  });

  describe('updateUser', () => {
    it("changes a person's name without ending their sessions", async () => {
      const person = await f.signedIn(Role.COORDINATOR);
      const updated = dataOf(
        await t.gql(
          UPDATE,
          { id: person.user.id, input: { displayName: 'New Name' } },
          admin.token,
        ),
      ).updateUser;
      expect(updated.displayName).toBe('New Name');
      dataOf(await t.gql(ME, {}, person.token));
      dataOf(await t.gql(REFRESH, { t: person.refreshToken }));
    });

    it('moves staff to another role, dropping the ministry, and ends their sessions at once', async () => {
      const person = await f.signedIn(Role.MINISTRY_STAFF);
      const socket = wsClient(t.url, { authorization: `Bearer ${person.token}` });
      clients.push(socket);
      const connected = new Promise((resolve) => socket.on('connected', resolve));
      const running = subscribe(socket, NOTIFICATION_ADDED);
      await connected;

      const updated = dataOf(
        await t.gql(UPDATE, { id: person.user.id, input: { role: 'COORDINATOR' } }, admin.token),
      ).updateUser;
      expect(updated).toMatchObject({ role: 'COORDINATOR', ministry: null, organization: null });
      expectError(await t.gql(ME, {}, person.token), 'UNAUTHENTICATED');
      expectError(await t.gql(REFRESH, { t: person.refreshToken }), 'UNAUTHENTICATED');
      expect(((await running.ended) as { code?: number }).code).toBe(4401);
      // Signed in again, they have their new role.
      const again = dataOf(await login(person.user.email)).login;
      expect(dataOf(await t.gql(ME, {}, again.accessToken)).me.role).toBe('COORDINATOR');
      // The trail says who did it, what changed, and that the sessions ended.
      const [event] = await audit(person.user.id);
      expect(event.operation).toBe('updateUser');
      expect(event.actor.id).toBe(admin.user.id);
      expect(event.changes.map((c: any) => c.field).sort()).toEqual(
        ['ministryId', 'role', 'sessions'].sort(),
      );
    });

    it("follows createUser's rules for who belongs where", async () => {
      const person = await f.user(Role.COORDINATOR);
      const retired = await f.organization({ retiredAt: new Date() });
      const ministry = await f.ministry();
      const cases: [object, string][] = [
        [{ role: 'MINISTRY_STAFF' }, 'ministryId'],
        [{ role: 'SOLUTION_PROVIDER' }, 'organizationId'],
        [{ ministryId: ministry.id }, 'ministryId'],
        [{ role: 'MINISTRY_STAFF', ministryId: MISSING_ID }, 'ministryId'],
        [{ role: 'SOLUTION_PROVIDER', organizationId: retired.id }, 'organizationId'],
        [{ role: 'SOLUTION_PROVIDER', organizationId: 'x' }, 'organizationId'],
        [{ role: 'BOSS' }, ''],
        [{ displayName: '   ' }, 'displayName'],
        [{ displayName: null }, 'displayName'],
      ];
      const before = await row(person.id);
      for (const [input, field] of cases) {
        const res = await t.gql(UPDATE, { id: person.id, input }, admin.token);
        if (field) expectError(res, 'BAD_USER_INPUT', field);
        else expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await row(person.id)).toEqual(before);
      // A valid move to a ministry.
      const moved = dataOf(
        await t.gql(
          UPDATE,
          { id: person.id, input: { role: 'MINISTRY_STAFF', ministryId: ministry.id } },
          admin.token,
        ),
      ).updateUser;
      expect(moved).toMatchObject({ role: 'MINISTRY_STAFF', ministry: { id: ministry.id } });
    });

    it('keeps a person in their retired organisation when only their name changes', async () => {
      const org = await f.organization();
      const person = await f.user(Role.SOLUTION_PROVIDER, { organizationId: org.id });
      await t.db.query('UPDATE organization SET retired_at = now() WHERE id = $1', [org.id]);
      const updated = dataOf(
        await t.gql(UPDATE, { id: person.id, input: { displayName: 'Still here' } }, admin.token),
      ).updateUser;
      expect(updated.organization.id).toBe(org.id);
    });

    it('is for administrators only; NOT_FOUND for no one', async () => {
      const person = await f.user(Role.COORDINATOR);
      for (const caller of [coordinator, staff, provider]) {
        expectError(
          await t.gql(UPDATE, { id: person.id, input: { displayName: 'x' } }, caller.token),
          'FORBIDDEN',
        );
      }
      expectError(
        await t.gql(UPDATE, { id: person.id, input: { displayName: 'x' } }),
        'UNAUTHENTICATED',
      );
      expect((await row(person.id)).displayName).toBe(person.displayName);
      expectError(
        await t.gql(UPDATE, { id: MISSING_ID, input: { displayName: 'x' } }, admin.token),
        'NOT_FOUND',
      );
    });
  });

  describe('deactivateUser and reactivateUser', () => {
    it('ends every session at once, refuses sign-in, and keeps the name on what they wrote', async () => {
      const person = await f.signedIn(Role.MINISTRY_STAFF);
      const second = dataOf(await login(person.user.email)).login;
      const need = await f.need(person.user, { visibility: Visibility.PUBLIC });
      const link = dataOf(
        await t.gql(ISSUE, { id: person.user.id }, admin.token),
      ).issuePasswordResetLink;
      const socket = wsClient(t.url, { authorization: `Bearer ${second.accessToken}` });
      clients.push(socket);
      const connected = new Promise((resolve) => socket.on('connected', resolve));
      const running = subscribe(socket, NOTIFICATION_ADDED);
      await connected;

      const done = dataOf(await t.gql(DEACTIVATE, { id: person.user.id }, admin.token));
      expect(done.deactivateUser.active).toBe(false);
      expect(done.deactivateUser.deactivatedAt).toEqual(expect.any(String));

      for (const token of [person.token, second.accessToken]) {
        expectError(await t.gql(ME, {}, token), 'UNAUTHENTICATED');
      }
      for (const refreshToken of [person.refreshToken, second.refreshToken]) {
        expectError(await t.gql(REFRESH, { t: refreshToken }), 'UNAUTHENTICATED');
      }
      expect(((await running.ended) as { code?: number }).code).toBe(4401);
      const refused = await login(person.user.email);
      expectError(refused, 'UNAUTHENTICATED');
      expect(refused.errors![0].message).toMatch(/deactivated/);
      // A wrong password says nothing about the account.
      expect((await login(person.user.email, 'wrong password')).errors![0].message).toBe(
        'Wrong e-mail or password.',
      );
      // The link issued before died with the account.
      expectError(
        await t.gql(RESET, { token: tokenOf(link.url), pw: NEW_PASSWORD }),
        'BAD_USER_INPUT',
        'token',
      );
      // Their name stays on their need.
      const read = dataOf(
        await t.gql(
          'query($id: ID!) { need(id: $id) { createdBy { id displayName active } } }',
          { id: need.id },
          staff.token,
        ),
      );
      expect(read.need.createdBy).toEqual({
        id: person.user.id,
        displayName: person.user.displayName,
        active: false,
      });
      const [event] = await audit(person.user.id);
      expect(event).toMatchObject({ operation: 'deactivateUser', actor: { id: admin.user.id } });
      expect(event.changes.map((c: any) => c.field).sort()).toEqual(['deactivatedAt', 'sessions']);

      // Reactivated: the password works again; the sessions ended stay ended.
      const back = dataOf(await t.gql(REACTIVATE, { id: person.user.id }, admin.token));
      expect(back.reactivateUser).toMatchObject({ active: true, deactivatedAt: null });
      dataOf(await login(person.user.email));
      expectError(await t.gql(REFRESH, { t: second.refreshToken }), 'UNAUTHENTICATED');
    });

    it('leaves deactivated people out of mentions and notifications', async () => {
      const author = await f.signedIn(Role.MINISTRY_STAFF);
      const gone = await f.user(Role.MINISTRY_STAFF, { displayName: `Gone ${Date.now()}` });
      const need = await f.need(author.user, { visibility: Visibility.PUBLIC });
      const [thread] = await t.db.query(
        "SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1",
        [need.id],
      );
      // They wrote in the thread before they left.
      await t.db.query('INSERT INTO comment (thread_id, author_id, body) VALUES ($1, $2, $3)', [
        thread.id,
        gone.id,
        'Before I left.',
      ]);
      dataOf(await t.gql(DEACTIVATE, { id: gone.id }, admin.token));
      const mentionable = dataOf(
        await t.gql(
          'query($id: ID!, $s: String!) { thread(id: $id) { mentionable(search: $s) { id } } }',
          { id: thread.id, s: 'Gone' },
          author.token,
        ),
      ).thread.mentionable;
      expect(mentionable).toEqual([]);
      dataOf(
        await t.gql(
          'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
          { input: { threadId: thread.id, body: 'Anyone still here?' } },
          author.token,
        ),
      );
      const [{ n }] = await t.db.query(
        'SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1',
        [gone.id],
      );
      expect(n).toBe(0);
    });

    it('is for administrators only, and changes nothing when refused', async () => {
      const person = await f.signedIn(Role.COORDINATOR);
      for (const caller of [coordinator, staff, provider]) {
        expectError(await t.gql(DEACTIVATE, { id: person.user.id }, caller.token), 'FORBIDDEN');
        expectError(await t.gql(REACTIVATE, { id: person.user.id }, caller.token), 'FORBIDDEN');
      }
      expectError(await t.gql(DEACTIVATE, { id: person.user.id }), 'UNAUTHENTICATED');
      expectError(await t.gql(DEACTIVATE, { id: MISSING_ID }, admin.token), 'NOT_FOUND');
      expect((await row(person.user.id)).deactivatedAt).toBeNull();
      dataOf(await t.gql(ME, {}, person.token));
    });
  });

  describe('the last active administrator', () => {
    /** Only these people are active administrators from now on. */
    async function onlyAdmins(...people: User[]) {
      await t.db.query(
        `UPDATE "user" SET role = 'COORDINATOR' WHERE role = 'ADMIN' AND NOT (id = ANY($1))`,
        [people.map((p) => p.id)],
      );
    }
    const activeAdmins = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM "user" WHERE role = 'ADMIN' AND deactivated_at IS NULL`,
        )
      )[0].n as number;

    it('is neither deactivated nor demoted; a deactivated administrator does not count', async () => {
      const sole = await f.signedIn(Role.ADMIN);
      const retired = await f.user(Role.ADMIN, { deactivatedAt: new Date() });
      await onlyAdmins(sole.user, retired);
      const refusedDeactivation = await t.gql(DEACTIVATE, { id: sole.user.id }, sole.token);
      expectError(refusedDeactivation, 'CONFLICT');
      expect(refusedDeactivation.errors![0].extensions?.reason).toBe('LAST_ADMIN');
      expectError(
        await t.gql(UPDATE, { id: sole.user.id, input: { role: 'COORDINATOR' } }, sole.token),
        'CONFLICT',
      );
      expect(await activeAdmins()).toBe(1);
      // With a second one, either may go.
      dataOf(await t.gql(REACTIVATE, { id: retired.id }, sole.token));
      dataOf(await t.gql(UPDATE, { id: retired.id, input: { role: 'COORDINATOR' } }, sole.token));
      expectError(await t.gql(DEACTIVATE, { id: sole.user.id }, sole.token), 'CONFLICT');
      // sole.token still works: refusals end no session.
      dataOf(await t.gql(ME, {}, sole.token));
      admin = await f.signedIn(Role.ADMIN);
    });

    it('of two administrators demoting or deactivating each other at once, one wins', async () => {
      const ROUNDS = 8;
      const outcomes: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await Promise.all([f.signedIn(Role.ADMIN), f.signedIn(Role.ADMIN)]);
        await onlyAdmins(a.user, b.user);
        const demote = (by: Signed, whom: Signed) =>
          round % 2
            ? t.gql(UPDATE, { id: whom.user.id, input: { role: 'COORDINATOR' } }, by.token)
            : t.gql(DEACTIVATE, { id: whom.user.id }, by.token);
        const results: GqlResponse[] = await Promise.all([demote(a, b), demote(b, a)]);
        const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
        outcomes.push(codes.join('+'));
        expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
        expect(await activeAdmins()).toBe(1);
      }
      // The loser finds the winner's change: CONFLICT (the last one) or FORBIDDEN (no longer one).
      expect(outcomes.every((o) => /^(CONFLICT|FORBIDDEN|UNAUTHENTICATED)\+OK$/.test(o))).toBe(
        true,
      );
      admin = await f.signedIn(Role.ADMIN);
    });
  });

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

// An application of its own (one at a time in a process): it counts the statements it sends.
describe("the people list's statements", () => {
  it('reads a page of 50 people with their ministries and organisations in as many statements as a page of 5', async () => {
    const counter = new StatementCounter();
    const counted = await startTestApp({ queryLogger: counter });
    try {
      const g = new Factory(counted);
      const { token } = await g.signedIn(Role.COORDINATOR);
      // Named so that a page of 5 holds staff and providers too.
      for (let i = 10; i < 35; i++) {
        await g.user(Role.MINISTRY_STAFF, { displayName: `P${i} staff` });
        await g.user(Role.SOLUTION_PROVIDER, { displayName: `P${i} provider` });
      }
      const statements = async (first: number) => {
        counter.reset();
        dataOf(await counted.gql(USERS, { first }, token));
        return counter.count;
      };
      expect(await statements(50)).toBe(await statements(5));
    } finally {
      await counted.close();
    }
  });
});
