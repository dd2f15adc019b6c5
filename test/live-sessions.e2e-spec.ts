import { Client } from 'graphql-ws';
import { Role } from '../src/common/enums';
import { SessionsService } from '../src/sessions/sessions.service';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory } from './support/factories';
import { expiryOf, listeners, waitUntil, Watched, watchSocket, wsClient } from './support/live';

// A subscription socket is authenticated once, at connection_init: these hold that it
// still ends with the session it was opened in (expiry, logout, every session ending).

const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const REFRESH =
  'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const ME = '{ me { id } }';

type Signed = { user: User; token: string; refreshToken: string };

describe('subscription sockets end with their session', () => {
  const clients: Client[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.dispose())));

  const threadOf = async (t: TestApp, needId: string) =>
    (
      (await t.db.query("SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1", [
        needId,
      ])) as { id: string }[]
    )[0].id;

  /** Opens a socket with this token, subscribes, and waits until the server listens. */
  async function open(t: TestApp, token: string, threadId: string): Promise<Watched> {
    const client = wsClient(t.url, { authorization: `Bearer ${token}` });
    clients.push(client);
    const trigger = `commentAdded:${threadId}`;
    const before = listeners(t, trigger);
    const watched = watchSocket(client, threadId);
    await waitUntil(() => listeners(t, trigger) > before);
    return watched;
  }

  const post = async (t: TestApp, token: string, threadId: string, body: string) =>
    dataOf(await t.gql(POST, { input: { threadId, body } }, token)).postComment.id as string;

  describe('at the access token expiry', () => {
    let t: TestApp;
    let f: Factory;
    beforeAll(async () => {
      // The shortest lifetime that leaves time to subscribe and hear one event first.
      t = await startTestApp({ auth: { accessTtlSeconds: 3 } });
      f = new Factory(t);
    });
    afterAll(() => t.close());

    it('closes the socket within 2 s after expiry (4440: renew and reconnect), and delivers nothing after it', async () => {
      const staff = await f.signedIn(Role.MINISTRY_STAFF);
      const writer = await f.user(Role.COORDINATOR);
      const need = await f.need(staff.user);
      const threadId = await threadOf(t, need.id);
      const expiry = expiryOf(staff.token);
      expect(expiry - Date.now()).toBeLessThanOrEqual(3000);

      const socket = await open(t, staff.token, threadId);
      const before = await post(t, (await f.session(writer)).accessToken, threadId, 'before');
      await waitUntil(() => socket.events.length === 1);
      expect(socket.events[0].id).toBe(before);

      const closed = await socket.closedBy(expiry + 2000);
      expect(closed).not.toBe('still open');
      const { code, at } = closed as { code: number; at: number };
      expect(code).toBe(4440);
      expect(at).toBeGreaterThanOrEqual(expiry);
      expect(at).toBeLessThanOrEqual(expiry + 2000);

      // A comment after the expiry reaches nobody on that socket.
      await post(t, (await f.session(writer)).accessToken, threadId, 'after');
      await new Promise((r) => setTimeout(r, 300));
      expect(socket.events.map((e) => e.id)).toEqual([before]);
      expect(socket.events.every((e) => e.at < expiry)).toBe(true);
    });
  });

  describe('when the session ends', () => {
    let t: TestApp;
    let f: Factory;
    beforeAll(async () => {
      t = await startTestApp();
      f = new Factory(t);
    });
    afterAll(() => t.close());

    /** A user signed in twice (two devices: two families of refresh tokens), and a thread. */
    async function twoDevices(): Promise<{ one: Signed; two: Signed; threadId: string }> {
      const one = await f.signedIn(Role.MINISTRY_STAFF);
      const second = await f.session(one.user);
      const two = { user: one.user, token: second.accessToken, refreshToken: second.refreshToken };
      const need = await f.need(one.user);
      return { one, two, threadId: await threadOf(t, need.id) };
    }

    it("logout closes that sign-in's sockets within 2 s (4401) and refuses its access tokens; the user's other sign-ins go on", async () => {
      const { one, two, threadId } = await twoDevices();
      const writer = await f.signedIn(Role.COORDINATOR);
      const onOne = await open(t, one.token, threadId);
      const onTwo = await open(t, two.token, threadId);

      expect(dataOf(await t.gql(LOGOUT, { t: one.refreshToken }, one.token)).logout).toBe(true);
      const loggedOut = Date.now();
      const closed = await onOne.closedBy(loggedOut + 2000);
      expect(closed).toMatchObject({ code: 4401 });

      const id = await post(t, writer.token, threadId, 'after the logout');
      await waitUntil(() => onTwo.events.length === 1);
      expect(onTwo.events[0].id).toBe(id);
      await new Promise((r) => setTimeout(r, 200));
      expect(onOne.events).toEqual([]);

      // That sign-in's access token opens nothing any more; the other device's still works.
      expectError(await t.gql(ME, {}, one.token), 'UNAUTHENTICATED');
      const late = wsClient(t.url, { authorization: `Bearer ${one.token}` });
      clients.push(late);
      const again = watchSocket(late, threadId);
      expect((await again.closedBy(Date.now() + 5000)) as { code: number }).toMatchObject({
        code: 4403,
      });
      expect(dataOf(await t.gql(ME, {}, two.token)).me.id).toBe(one.user.id);
      await expect(Promise.race([onTwo.closed, Promise.resolve('open')])).resolves.toBe('open');
    });

    it("a spent refresh token presented again ends its sign-in's sockets too", async () => {
      const { one, threadId } = await twoDevices();
      const renewed = dataOf(await t.gql(REFRESH, { t: one.refreshToken })).refreshSession;
      const socket = await open(t, renewed.accessToken, threadId);
      expectError(await t.gql(REFRESH, { t: one.refreshToken }), 'UNAUTHENTICATED');
      expect(await socket.closedBy(Date.now() + 2000)).toMatchObject({ code: 4401 });
      expectError(await t.gql(ME, {}, renewed.accessToken), 'UNAUTHENTICATED');
    });

    it('endAllSessions ends every sign-in of the user at once: tokens refused, sockets closed', async () => {
      const { one, two, threadId } = await twoDevices();
      const bystander = await f.signedIn(Role.MINISTRY_STAFF);
      const sockets = [await open(t, one.token, threadId), await open(t, two.token, threadId)];
      const other = await open(t, bystander.token, threadId);

      await t.app.get(SessionsService).endAllSessions(null, one.user.id);
      const ended = Date.now();
      for (const socket of sockets) {
        expect(await socket.closedBy(ended + 2000)).toMatchObject({ code: 4401 });
      }
      for (const s of [one, two]) {
        expectError(await t.gql(ME, {}, s.token), 'UNAUTHENTICATED');
        expectError(await t.gql(REFRESH, { t: s.refreshToken }), 'UNAUTHENTICATED');
      }
      expect(dataOf(await t.gql(ME, {}, bystander.token)).me.id).toBe(bystander.user.id);
      await expect(Promise.race([other.closed, Promise.resolve('open')])).resolves.toBe('open');
    });

    it("endAllSessions inside a caller's transaction: nothing ends if it rolls back, all at its commit", async () => {
      const { one, threadId } = await twoDevices();
      const socket = await open(t, one.token, threadId);
      const sessions = t.app.get(SessionsService);
      await expect(
        t.db.transaction(async (tx) => {
          await sessions.endAllSessions(tx, one.user.id);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await new Promise((r) => setTimeout(r, 200));
      await expect(Promise.race([socket.closed, Promise.resolve('open')])).resolves.toBe('open');
      expect(dataOf(await t.gql(ME, {}, one.token)).me.id).toBe(one.user.id);

      await t.db.transaction((tx) => sessions.endAllSessions(tx, one.user.id));
      expect(await socket.closedBy(Date.now() + 2000)).toMatchObject({ code: 4401 });
      expectError(await t.gql(ME, {}, one.token), 'UNAUTHENTICATED');
      expectError(await t.gql(REFRESH, { t: one.refreshToken }), 'UNAUTHENTICATED');
    });
  });
});
