import { NeedStatus, Role, Visibility } from '../src/common/enums';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, StatementCounter, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory } from './support/factories';

jest.setTimeout(120_000);

const NEED_THREAD = `query($id: ID!) { need(id: $id) { id thread { id } } }`;
const MENTIONABLE = `query($id: ID!, $search: String!, $first: Int) {
  thread(id: $id) { id mentionable(search: $search, first: $first) { id displayName } } }`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;

type Signed = { user: User; token: string };

describe('Thread.mentionable: whom a caller may mention in a thread', () => {
  let t: TestApp;
  let f: Factory;
  let counter: StatementCounter;
  let caller: Signed; // ministry staff, M1, whose name also starts with "Elo"
  let colleague: Signed; // M1
  let otherStaff: Signed; // another ministry
  let coordinator: Signed;
  let provider: Signed;
  let wordMatch: User; // "elo" starts one of their words, not their name
  let stranger: User; // fits no search below

  beforeAll(async () => {
    counter = new StatementCounter();
    t = await startTestApp({ queryLogger: counter });
    f = new Factory(t);
    caller = await f.signedIn(Role.MINISTRY_STAFF, { displayName: 'Éloane Caller' });
    colleague = await f.signedIn(Role.MINISTRY_STAFF, {
      ministryId: caller.user.ministryId,
      displayName: 'Élodie Martin',
    });
    otherStaff = await f.signedIn(Role.MINISTRY_STAFF, { displayName: 'Elodie Autre' });
    coordinator = await f.signedIn(Role.COORDINATOR, { displayName: 'ELOI Coordinateur' });
    provider = await f.signedIn(Role.SOLUTION_PROVIDER, { displayName: 'Éloïse Provider' });
    wordMatch = await f.user(Role.ADMIN, { displayName: "Zoé d'Elorrio" });
    stranger = await f.user(Role.ADMIN, { displayName: 'Bernard Muller' });
  });
  afterAll(() => t.close());

  const threadOf = async (needOverrides: Parameters<Factory['need']>[1]) => {
    const need = await f.need(colleague.user, needOverrides);
    const res = await t.gql(NEED_THREAD, { id: need.id }, colleague.token);
    return dataOf(res).need.thread.id as string;
  };
  const mentionable = async (token: string, id: string, search: string, first?: number) => {
    const res = await t.gql(MENTIONABLE, { id, search, first }, token);
    return dataOf(res).thread.mentionable as { id: string; displayName: string }[];
  };

  it('never offers someone who may not read an INTERNAL need, folds accents and case, leaves out the caller', async () => {
    const threadId = await threadOf({ visibility: Visibility.INTERNAL });
    const found = await mentionable(caller.token, threadId, 'elo');
    expect(found.map((u) => u.displayName)).toEqual([
      // names that start with "elo", by name, then a name with a word that does
      'Elodie Autre',
      'Élodie Martin',
      'ELOI Coordinateur',
      "Zoé d'Elorrio",
    ]);
    expect(found[3].id).toBe(wordMatch.id);
    expect(found.map((u) => u.id)).not.toContain(provider.user.id);
    expect(found.map((u) => u.id)).not.toContain(caller.user.id);

    // The same people the caller sees, whoever asks; the provider never, and
    // cannot reach the thread at all.
    const asCoordinator = await mentionable(coordinator.token, threadId, 'ÉLO');
    expect(asCoordinator.map((u) => u.id)).toContain(caller.user.id);
    expect(asCoordinator.map((u) => u.id)).not.toContain(provider.user.id);
    expect(asCoordinator.map((u) => u.id)).not.toContain(coordinator.user.id);
    expectError(
      await t.gql(MENTIONABLE, { id: threadId, search: 'elo' }, provider.token),
      'NOT_FOUND',
    );
  });

  it('offers the provider on a PUBLIC need, and no one from another ministry on a DRAFT', async () => {
    const publicThread = await threadOf({ visibility: Visibility.PUBLIC });
    const open = await mentionable(caller.token, publicThread, 'elo', 20);
    expect(open.map((u) => u.id)).toContain(provider.user.id);

    const draftThread = await threadOf({
      visibility: Visibility.INTERNAL,
      status: NeedStatus.DRAFT,
    });
    const draft = await mentionable(caller.token, draftThread, 'elo', 20);
    const ids = draft.map((u) => u.id);
    expect(ids).toContain(colleague.user.id);
    expect(ids).toContain(coordinator.user.id);
    expect(ids).not.toContain(otherStaff.user.id);
    expect(ids).not.toContain(provider.user.id);
    expectError(
      await t.gql(MENTIONABLE, { id: draftThread, search: '' }, otherStaff.token),
      'NOT_FOUND',
    );
  });

  it('finds by the start of any word, trims the search, and honours first', async () => {
    const threadId = await threadOf({ visibility: Visibility.PUBLIC });
    expect((await mentionable(caller.token, threadId, 'mart')).map((u) => u.id)).toEqual([
      colleague.user.id,
    ]);
    expect((await mentionable(caller.token, threadId, '  muller ')).map((u) => u.id)).toEqual([
      stranger.id,
    ]);
    expect(await mentionable(caller.token, threadId, 'zz')).toEqual([]);
    // LIKE's wildcards are text here, not patterns.
    expect(await mentionable(caller.token, threadId, '%')).toEqual([]);
    expect(await mentionable(caller.token, threadId, 'elo', 2)).toHaveLength(2);
  });

  it('puts the thread’s commenters, then the people its record names, first for an empty search', async () => {
    const threadId = await threadOf({ visibility: Visibility.INTERNAL });
    dataOf(await t.gql(POST, { input: { threadId, body: 'Hello' } }, coordinator.token));
    counter.reset();
    const found = await mentionable(caller.token, threadId, '', 20);
    expect(found.slice(0, 2).map((u) => u.id)).toEqual([
      coordinator.user.id, // commented
      colleague.user.id, // created the need
    ]);
    expect(found.map((u) => u.id)).not.toContain(provider.user.id);
    expect(found.map((u) => u.id)).not.toContain(caller.user.id);
    expect(found).toHaveLength(5); // everyone else: not the caller, not the provider
    // The thread, its read facts, the candidates: no query per person.
    expect(counter.count).toBeLessThanOrEqual(3);
  });

  it('offers people whom a mention then reaches', async () => {
    const threadId = await threadOf({ visibility: Visibility.INTERNAL });
    const [someone] = await mentionable(caller.token, threadId, 'martin');
    expect(someone.id).toBe(colleague.user.id);
    dataOf(
      await t.gql(
        POST,
        { input: { threadId, body: `cc @"${someone.displayName}"` } },
        caller.token,
      ),
    );
    const rows = await t.db.query(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND kind = 'MENTIONED' AND thread_id = $2`,
      [colleague.user.id, threadId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('still finds readers behind more than a page of people who may not read', async () => {
    const threadId = await threadOf({ visibility: Visibility.INTERNAL });
    const org = await f.organization();
    for (let i = 0; i < 120; i++) {
      await f.user(Role.SOLUTION_PROVIDER, {
        organizationId: org.id,
        displayName: `Aab Provider ${String(i).padStart(3, '0')}`,
      });
    }
    const reader = await f.user(Role.MINISTRY_STAFF, { displayName: 'Aac Reader' });
    expect((await mentionable(caller.token, threadId, 'aa')).map((u) => u.id)).toEqual([reader.id]);
  });

  it('refuses bounds out of range with BAD_USER_INPUT', async () => {
    const threadId = await threadOf({ visibility: Visibility.PUBLIC });
    for (const first of [0, 21, -1]) {
      expectError(
        await t.gql(MENTIONABLE, { id: threadId, search: 'a', first }, caller.token),
        'BAD_USER_INPUT',
        'first',
      );
    }
    expectError(
      await t.gql(MENTIONABLE, { id: threadId, search: 'a'.repeat(41) }, caller.token),
      'BAD_USER_INPUT',
      'search',
    );
    // 40 characters, once trimmed, are fine.
    expect(await mentionable(caller.token, threadId, `  ${'a'.repeat(40)}  `, 20)).toEqual([]);
  });

  it('is for one thread at a time: a whole list of threads asking it is refused', async () => {
    for (let i = 0; i < 6; i++) await threadOf({ visibility: Visibility.PUBLIC });
    const LIST = `{ needs(first: 6) { edges { node { id thread { mentionable(search: "") { id } } } } } }`;
    const res = await t.gql(LIST, {}, caller.token);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    // A few at once are fine.
    const few = await t.gql(
      `{ needs(first: 2) { edges { node { thread { mentionable(search: "elo") { id } } } } } }`,
      {},
      caller.token,
    );
    for (const edge of dataOf(few).needs.edges) {
      expect(edge.node.thread.mentionable.length).toBeGreaterThan(0);
    }
  });

  it('answers an anonymous caller UNAUTHENTICATED', async () => {
    const threadId = await threadOf({ visibility: Visibility.PUBLIC });
    expectError(await t.gql(MENTIONABLE, { id: threadId, search: 'elo' }), 'UNAUTHENTICATED');
  });
});
