import { Client } from 'graphql-ws';
import { afterCommit } from '../src/common/after-commit';
import { Role, Visibility } from '../src/common/enums';
import { Organization } from '../src/organizations/entities/organization.entity';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, TestApp } from './support/app';
import { dataOf } from './support/assertions';
import { Factory } from './support/factories';
import { percentile, subscribe, subscribed, waitUntil, listeners, wsClient } from './support/live';

jest.setTimeout(120_000);

const COMMENT_ADDED = `subscription($threadId: ID!) { commentAdded(threadId: $threadId) {
  id body threadId author { id displayName } } }`;
const MATCH_UPDATED = `subscription($needId: ID) { matchUpdated(needId: $needId) {
  id status need { id status } solution { id } thread { id } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind text targetId actor { id } } }`;
const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
const PROPOSE = 'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }';
const START = 'mutation($id: ID!) { startReview(matchId: $id) { id } }';
const UPDATE_NEED =
  'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id version } }';

type Signed = { user: User; token: string };

describe('subscriptions over graphql-ws', () => {
  let t: TestApp;
  let f: Factory;
  let orgA: Organization;
  let coordinator: Signed;
  let staff: Signed;
  let providerA: Signed;
  let providerB: Signed;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    orgA = await f.organization();
    coordinator = await f.signedIn(Role.COORDINATOR);
    staff = await f.signedIn(Role.MINISTRY_STAFF);
    providerA = await f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id });
    providerB = await f.signedIn(Role.SOLUTION_PROVIDER);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  const client = (params?: Record<string, unknown>) => {
    const c = wsClient(t.url, params);
    clients.push(c);
    return c;
  };
  const as = (who: Signed) => client({ authorization: `Bearer ${who.token}` });
  const threadOf = async (needId: string) =>
    (
      (await t.db.query("SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1", [
        needId,
      ])) as { id: string }[]
    )[0].id;
  const post = async (who: Signed, threadId: string, body: string) =>
    dataOf(await t.gql(POST, { input: { threadId, body } }, who.token)).postComment.id as string;

  describe('the connection', () => {
    it('is closed without a token in connection_init', async () => {
      const sub = subscribe(client(), NOTIFICATION_ADDED);
      const closed = (await sub.ended) as { code?: number };
      expect(closed?.code).toBe(4403);
    });

    it('is closed with a token that is not valid', async () => {
      for (const params of [
        { authorization: 'Bearer not.a.token' },
        { accessToken: `${staff.token}x` },
        { authorization: staff.token }, // not a Bearer header
      ]) {
        const sub = subscribe(client(params), NOTIFICATION_ADDED);
        const closed = (await sub.ended) as { code?: number };
        expect(closed?.code).toBe(4403);
      }
    });

    it('takes the token as a Bearer authorization or as accessToken', async () => {
      const need = await f.need(staff.user);
      const threadId = await threadOf(need.id);
      const viaBearer = await subscribed(t, as(staff), `commentAdded:${threadId}`, COMMENT_ADDED, {
        threadId,
      });
      const viaToken = await subscribed(
        t,
        client({ accessToken: staff.token }),
        `commentAdded:${threadId}`,
        COMMENT_ADDED,
        { threadId },
      );
      const id = await post(coordinator, threadId, 'hello');
      for (const sub of [viaBearer, viaToken]) {
        const { data } = await sub.next();
        expect(data?.commentAdded).toMatchObject({
          id,
          body: 'hello',
          threadId,
          author: { id: coordinator.user.id },
        });
        sub.dispose();
      }
    });
  });

  describe('commentAdded', () => {
    it("is refused (NOT_FOUND) for a thread the caller may not read: a provider and an INTERNAL need's thread", async () => {
      const internal = await f.need(staff.user, { visibility: Visibility.INTERNAL });
      const threadId = await threadOf(internal.id);
      const sub = subscribe(as(providerA), COMMENT_ADDED, { threadId });
      // graphql-ws answers with an `error` message: the subscription never starts.
      const errors = (await sub.ended) as { extensions?: { code?: string } }[];
      expect(errors).toHaveLength(1);
      expect(errors[0].extensions?.code).toBe('NOT_FOUND');
      await expect(sub.next(100)).rejects.toBeDefined();
    });

    it('delivers only the comments of its thread', async () => {
      const need = await f.need(staff.user);
      const other = await f.need(staff.user);
      const threadId = await threadOf(need.id);
      const otherThread = await threadOf(other.id);
      const sub = await subscribed(t, as(providerB), `commentAdded:${threadId}`, COMMENT_ADDED, {
        threadId,
      });
      await post(staff, otherThread, 'elsewhere');
      const mine = await post(staff, threadId, 'here');
      expect((await sub.next()).data?.commentAdded.id).toBe(mine);
      sub.dispose();
    });

    it("codes an event's field errors as over HTTP: the author's e-mail is FORBIDDEN to a provider", async () => {
      const need = await f.need(staff.user);
      const threadId = await threadOf(need.id);
      const sub = await subscribed(
        t,
        as(providerB),
        `commentAdded:${threadId}`,
        'subscription($threadId: ID!) { commentAdded(threadId: $threadId) { id author { id email } } }',
        { threadId },
      );
      await post(staff, threadId, 'who wrote this?');
      const event = await sub.next();
      expect(event.errors).toEqual([
        {
          message: 'Only the person and the working group read an e-mail address.',
          locations: [expect.any(Object)],
          path: ['commentAdded', 'author', 'email'],
          extensions: { code: 'FORBIDDEN' },
        },
      ]);
      sub.dispose();
    });

    it('filters every event by the read rule: a need that turns INTERNAL goes silent for providers', async () => {
      const need = await f.need(staff.user, { visibility: Visibility.PUBLIC });
      const threadId = await threadOf(need.id);
      const provider = await subscribed(
        t,
        as(providerA),
        `commentAdded:${threadId}`,
        COMMENT_ADDED,
        {
          threadId,
        },
      );
      const ministry = await subscribed(t, as(staff), `commentAdded:${threadId}`, COMMENT_ADDED, {
        threadId,
      });
      dataOf(
        await t.gql(
          UPDATE_NEED,
          { id: need.id, input: { version: 1, visibility: 'INTERNAL' } },
          staff.token,
        ),
      );
      const hidden = await post(staff, threadId, 'internal only');
      dataOf(
        await t.gql(
          UPDATE_NEED,
          { id: need.id, input: { version: 2, visibility: 'PUBLIC' } },
          staff.token,
        ),
      );
      const shown = await post(staff, threadId, 'public again');
      expect((await ministry.next()).data?.commentAdded.id).toBe(hidden);
      expect((await ministry.next()).data?.commentAdded.id).toBe(shown);
      expect((await provider.next()).data?.commentAdded.id).toBe(shown);
      provider.dispose();
      ministry.dispose();
    });
  });

  describe('matchUpdated', () => {
    it('is refused (NOT_FOUND) for a need the caller may not read', async () => {
      const internal = await f.need(staff.user, { visibility: Visibility.INTERNAL });
      const sub = subscribe(as(providerA), MATCH_UPDATED, { needId: internal.id });
      const errors = (await sub.ended) as { extensions?: { code?: string } }[];
      expect(errors[0].extensions?.code).toBe('NOT_FOUND');
    });

    it("delivers each committed change of a need's matches, to those who may read them", async () => {
      const need = await f.need(staff.user);
      const decoy = await f.need(staff.user);
      const solution = await f.solution(providerA.user);
      const ofNeed = await subscribed(t, as(staff), `matchUpdated:${need.id}`, MATCH_UPDATED, {
        needId: need.id,
      });
      const own = await subscribed(t, as(providerA), 'matchUpdated', MATCH_UPDATED, {});
      const foreign = await subscribed(t, as(providerB), 'matchUpdated', MATCH_UPDATED, {});
      const decoyMatch = dataOf(
        await t.gql(PROPOSE, { input: { needId: decoy.id, solutionId: solution.id } }, staff.token),
      ).proposeMatch.id;
      const matchId = dataOf(
        await t.gql(PROPOSE, { input: { needId: need.id, solutionId: solution.id } }, staff.token),
      ).proposeMatch.id;
      dataOf(await t.gql(START, { id: matchId }, coordinator.token));

      const proposed = (await ofNeed.next()).data?.matchUpdated;
      expect(proposed).toMatchObject({ id: matchId, status: 'PROPOSED', need: { id: need.id } });
      expect(proposed.thread.id).toBeTruthy();
      expect((await ofNeed.next()).data?.matchUpdated).toMatchObject({
        id: matchId,
        status: 'UNDER_REVIEW',
      });
      // The provider whose solution it is sees all three changes, in order.
      expect((await own.next()).data?.matchUpdated.id).toBe(decoyMatch);
      expect((await own.next()).data?.matchUpdated).toMatchObject({
        id: matchId,
        status: 'PROPOSED',
      });
      expect((await own.next()).data?.matchUpdated).toMatchObject({
        id: matchId,
        status: 'UNDER_REVIEW',
      });
      // Another provider sees none of them.
      await new Promise((r) => setTimeout(r, 300));
      expect(foreign.pending()).toBe(0);
      for (const s of [ofNeed, own, foreign]) s.dispose();
    });
  });

  describe('notificationAdded', () => {
    it('delivers a notification to its recipient only, in their language', async () => {
      const need = await f.need(staff.user, { title: 'Guichet unique' });
      const threadId = await threadOf(need.id);
      const recipient = await subscribed(
        t,
        as(coordinator),
        `notificationAdded:${coordinator.user.id}`,
        NOTIFICATION_ADDED,
      );
      const bystander = await subscribed(
        t,
        as(providerB),
        `notificationAdded:${providerB.user.id}`,
        NOTIFICATION_ADDED,
      );
      await post(staff, threadId, `@${coordinator.user.email} could you look?`);
      const { data } = await recipient.next();
      expect(data?.notificationAdded).toMatchObject({
        kind: 'MENTIONED',
        targetId: need.id,
        actor: { id: staff.user.id },
        text: `${staff.user.displayName} mentioned you in “Guichet unique”`,
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(bystander.pending()).toBe(0);
      recipient.dispose();
      bystander.dispose();
    });
  });

  it('publishes only what commits, once it has committed', async () => {
    const ran: string[] = [];
    await expect(
      t.db.transaction(async (tx) => {
        afterCommit(tx, () => ran.push('rolled back'));
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await t.db.transaction(async (tx) => {
      afterCommit(tx, () => ran.push('committed'));
      // A savepoint released inside is not the commit.
      await tx.transaction(async (inner) => inner.query('SELECT 1'));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['committed']);
  });

  it('ends the listening when the client unsubscribes', async () => {
    const need = await f.need(staff.user);
    const threadId = await threadOf(need.id);
    const before = listeners(t, `commentAdded:${threadId}`);
    const sub = await subscribed(t, as(staff), `commentAdded:${threadId}`, COMMENT_ADDED, {
      threadId,
    });
    sub.dispose();
    await waitUntil(() => listeners(t, `commentAdded:${threadId}`) === before);
  });

  it('measures the time from postComment to delivery, in-process, over 100 comments', async () => {
    const need = await f.need(staff.user);
    const threadId = await threadOf(need.id);
    const sub = await subscribed(t, as(coordinator), `commentAdded:${threadId}`, COMMENT_ADDED, {
      threadId,
    });
    const times: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const started = performance.now();
      const posting = post(staff, threadId, `comment ${i}`);
      const { data } = await sub.next();
      times.push(performance.now() - started);
      expect(data?.commentAdded.body).toBe(`comment ${i}`);
      await posting;
    }
    sub.dispose();
    console.log(
      `postComment → commentAdded, in-process, 100 comments: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    );
    expect(times).toHaveLength(100);
  });
});
