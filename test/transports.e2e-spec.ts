import WebSocket from 'ws';
import { MatchStatus, NeedStatus, Role } from '../src/common/enums';
import { Need } from '../src/needs/entities/need.entity';
import { startTestApp, TestApp } from './support/app';
import { Factory } from './support/factories';

/**
 * Client input that the mutation fuzz (fuzz.e2e-spec.ts) does not reach:
 * Apollo's request-level extensions, operations sent on the wrong transport
 * (subscriptions over HTTP, queries and mutations over the socket),
 * graphql-ws messages, and list arguments of query filters. Each answer has
 * a client's code, never INTERNAL_SERVER_ERROR, and the socket is held to
 * HTTP's limits. (Found by a hostile-input review.)
 */

jest.setTimeout(60_000);

interface GqlError {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}
interface Answer {
  status: number;
  text: string;
  errors: GqlError[];
  data: unknown;
}

/** Codes that say "the client got something wrong" (or needs to sign in / slow down). */
const CLIENT_CODES = new RegExp(
  `^(${[
    'BAD_REQUEST',
    'BAD_USER_INPUT',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
    'TOO_MANY_REQUESTS',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'OPERATION_RESOLUTION_FAILURE',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ].join('|')})$`,
);
const STACK = /\bat .*\.(ts|js):\d+|node_modules|stacktrace/;

async function post(t: TestApp, body: unknown, token?: string): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const json = JSON.parse(text) as { errors?: GqlError[]; data?: unknown };
  return { status: res.status, text, errors: json.errors ?? [], data: json.data };
}

/** Every error carries a client code (never INTERNAL_SERVER_ERROR), and nothing internal leaks. */
function expectClientErrors(errors: GqlError[], text = JSON.stringify(errors)) {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(String(error.extensions?.code)).toMatch(CLIENT_CODES);
  expect(text).not.toMatch(STACK);
}

/** What one graphql-ws operation got: its `next`/`error` messages, and how the socket ended. */
interface WsOutcome {
  messages: { type: string; id?: string; payload?: any }[];
  closeCode?: number;
}

/**
 * Opens a graphql-transport-ws socket with the token, sends each payload as
 * a `subscribe` (ids 1, 2, ...), and collects what comes back until every
 * operation has completed or errored, or the socket closes.
 */
async function overSocket(
  t: TestApp,
  token: string,
  payloads: { query: string; variables?: Record<string, unknown>; operationName?: string }[],
  /** How long to wait for operations that neither complete nor fail (started subscriptions). */
  waitMs = 10_000,
): Promise<WsOutcome> {
  const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const outcome: WsOutcome = { messages: [] };
  const open = new Set(payloads.map((_, i) => String(i + 1)));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    ws.on('open', () =>
      ws.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
      ),
    );
    ws.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as WsOutcome['messages'][number];
      if (message.type === 'connection_ack') {
        payloads.forEach((payload, i) =>
          ws.send(JSON.stringify({ type: 'subscribe', id: String(i + 1), payload })),
        );
        return;
      }
      outcome.messages.push(message);
      if (message.id && (message.type === 'complete' || message.type === 'error')) {
        open.delete(message.id);
        if (open.size === 0) done();
      }
    });
    ws.on('close', (code) => {
      outcome.closeCode = code;
      done();
    });
    ws.on('error', done);
  });
  ws.terminate();
  return outcome;
}

const errorsOf = (outcome: WsOutcome): GqlError[] =>
  outcome.messages.flatMap((m) =>
    m.type === 'error'
      ? (m.payload as GqlError[])
      : m.type === 'next'
        ? (m.payload?.errors ?? [])
        : [],
  );

describe('client input outside the mutation fuzz', () => {
  let t: TestApp;
  let token: string;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Factory(t);
    const staff = await f.signedIn(Role.MINISTRY_STAFF);
    token = staff.token;
    const need = await f.need(staff.user);
    threadId = (
      (await t.db.query("SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1", [
        need.id,
      ])) as { id: string }[]
    )[0].id;
  });
  afterAll(() => t.close());

  describe('HTTP', () => {
    it.each([
      [
        'a hash that does not match the query',
        {
          query: '{ __typename }',
          extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
        },
      ],
      [
        'an unsupported version',
        { extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
      ],
      ['a persistedQuery that is a string', { extensions: { persistedQuery: 'x' } }],
    ])(
      'answers an automatic-persisted-query extension with %s with a client code, not INTERNAL_SERVER_ERROR',
      async (_, body) => {
        const answer = await post(t, body);
        expect(answer.status).toBeLessThan(500);
        expectClientErrors(answer.errors, answer.text);
        // The client sends its documents: persisted queries are off.
        expect(answer.errors[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      },
    );

    it.each([
      ['notificationAdded', 'subscription { notificationAdded { id } }'],
      ['matchUpdated', 'subscription { matchUpdated { id } }'],
      ['commentAdded', 'subscription($t: ID!) { commentAdded(threadId: $t) { id } }'],
      [
        'commentAdded with a threadId that is no UUID',
        'subscription { commentAdded(threadId: "x") { id } }',
      ],
    ])('refuses a subscription (%s) sent as an HTTP POST with a client code', async (_, query) => {
      for (const who of [token, undefined]) {
        const answer = await post(t, { query, variables: { t: threadId } }, who);
        expectClientErrors(answer.errors, answer.text);
        expect(answer.errors[0].extensions?.code).toBe('BAD_REQUEST');
        expect(answer.status).toBe(400);
        expect(answer.data ?? null).toBeNull();
      }
    });

    it.each([
      ['needs', 'query($f: NeedFilter) { needs(filter: $f) { totalCount } }', NeedStatus],
      ['matches', 'query($f: MatchFilter) { matches(filter: $f) { totalCount } }', MatchStatus],
    ])(
      'refuses a %s filter with more statuses than there are as BAD_USER_INPUT (65,536 of them were SERVICE_UNAVAILABLE)',
      async (_, query, values) => {
        const all = Object.values(values) as string[];
        for (const statuses of [Array(65_536).fill(all[0]), [...all, all[0]]]) {
          const answer = await post(t, { query, variables: { f: { statuses } } }, token);
          expect(answer.errors).toHaveLength(1);
          expect(answer.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
        }
        // One step inside: every status once.
        const answer = await post(t, { query, variables: { f: { statuses: all } } }, token);
        expect(answer.errors).toEqual([]);
      },
    );

    it('names each broken rule of an argument once', async () => {
      const answer = await post(
        t,
        {
          query:
            'query($t: ID!) { thread(id: $t) { mentionable(first: null, search: "") { id } } }',
          variables: { t: threadId },
        },
        token,
      );
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      const sentences = answer.errors[0].message.split('; ');
      expect(sentences.length).toBeGreaterThan(1);
      expect(new Set(sentences).size).toBe(sentences.length);
    });

    it('takes a null filter as no filter, on every list', async () => {
      for (const list of ['needs', 'solutions', 'matches']) {
        const answer = await post(t, { query: `{ ${list}(filter: null) { totalCount } }` }, token);
        expect(answer.errors).toEqual([]);
      }
    });
  });

  describe('graphql-ws', () => {
    it('answers a missing or mistyped variable with BAD_USER_INPUT, as over HTTP', async () => {
      const query = 'subscription($t: ID!) { commentAdded(threadId: $t) { id } }';
      // Over HTTP the same mistake is BAD_USER_INPUT (Apollo codes variable coercion errors).
      const http = await post(
        t,
        { query: 'query($t: ID!) { thread(id: $t) { id } }', variables: {} },
        token,
      );
      expect(http.errors[0].extensions?.code).toBe('BAD_USER_INPUT');

      const outcome = await overSocket(t, token, [
        { query, variables: {} },
        { query, variables: { t: 1.5 } },
      ]);
      const errors = errorsOf(outcome);
      expect(errors).toHaveLength(2);
      for (const error of errors) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers a document that does not validate with a coded error', async () => {
      const outcome = await overSocket(t, token, [
        { query: 'subscription { nope }' },
        { query: 'subscription { notificationAdded { id } matchUpdated { id } }' },
      ]);
      const errors = errorsOf(outcome);
      expect(errors.length).toBeGreaterThanOrEqual(2);
      expectClientErrors(errors);
      for (const error of errors) expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('starts the subscription a multi-operation document names, and refuses its query', async () => {
      const doc = `
        query Me { me { id } }
        fragment N on Notification { id kind }
        subscription Live { notificationAdded { ...N } }`;
      const outcome = await overSocket(
        t,
        token,
        [
          { query: doc, operationName: 'Live' },
          { query: doc, operationName: 'Me' },
        ],
        1_000,
      );
      const of = (id: string) => outcome.messages.filter((m) => m.id === id);
      expect(of('1')).toEqual([]); // started: no error before its first event
      expect(of('2').map((m) => m.type)).toEqual(['error']);
      expect(of('2')[0].payload[0].extensions.code).toBe('BAD_REQUEST');
    });

    it('answers a syntax error with a coded error, without closing the socket as an internal error', async () => {
      const outcome = await overSocket(t, token, [
        { query: 'subscription { notificationAdded { id ' },
      ]);
      expect(outcome.closeCode).not.toBe(4500);
      expectClientErrors(errorsOf(outcome));
      expect(errorsOf(outcome)[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });
  });
});

describe('the limits hold over graphql-ws too', () => {
  let t: TestApp;
  let f: Factory;
  let needId: string;

  beforeAll(async () => {
    t = await startTestApp({ security: { maxAliases: 4, maxDepth: 5, ratePerUser: 5 } });
    f = new Factory(t);
    const staff = await f.signedIn(Role.MINISTRY_STAFF);
    needId = (await f.need(staff.user)).id;
  });
  afterAll(() => t.close());

  it('refuses queries and mutations over the socket, where they would escape the limits', async () => {
    const { token } = await f.signedIn(Role.MINISTRY_STAFF);
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const deep = `query($id: ID!) { need(id: $id) { matches { need { matches { need { matches { need { id } } } } } } } }`;
    // Over HTTP both are refused (400, GRAPHQL_VALIDATION_FAILED).
    expect((await post(t, { query: aliases }, token)).status).toBe(400);
    expect((await post(t, { query: deep, variables: { id: needId } }, token)).status).toBe(400);

    const outcome = await overSocket(t, token, [
      { query: aliases },
      { query: deep, variables: { id: needId } },
    ]);
    const answered = outcome.messages.filter((m) => m.type === 'next' && m.payload?.data);
    expect(answered).toEqual([]);
    const errors = errorsOf(outcome);
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST', 'BAD_REQUEST']);
  });

  it('bounds a socket message as an HTTP body: a larger one closes the socket (1009), signed in or not', async () => {
    const { token } = await f.signedIn(Role.MINISTRY_STAFF);
    // Comments are no tokens: only the size limit stops this padding.
    const padding = `\n#${'x'.repeat(1024 * 1024 + 1)}\n`;
    const http = await post(t, { query: `{ me { id } }${padding}` }, token);
    expect(http.status).toBe(413);
    const signedIn = await overSocket(t, token, [
      { query: `subscription { notificationAdded { id } }${padding}` },
    ]);
    expect(signedIn.closeCode).toBe(1009);
    // Before signing in: a connection_init that large is not even buffered whole.
    const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => ws.on('close', resolve));
    ws.on('error', () => undefined);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { padding } })));
    expect(await closed).toBe(1009);
    // One step inside: a message just under the limit is read (and this one refused as a query).
    const inside = await overSocket(t, token, [
      { query: `{ me { id } }\n#${'x'.repeat(1024 * 1024 - 200)}\n` },
    ]);
    expect(inside.closeCode).toBeUndefined();
    expect(errorsOf(inside).map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
  });

  it("applies graphql-armor's alias and depth limits to subscriptions, one step past them", async () => {
    const { token } = await f.signedIn(Role.MINISTRY_STAFF);
    // maxAliases 4, maxDepth 5: each of these is one past its limit, and its twin one inside.
    const fiveAliases = 'subscription { notificationAdded { a: id b: id c: id d: id e: id } }';
    const fourAliases = 'subscription { notificationAdded { a: id b: id c: id d: id } }';
    const depthSix =
      'subscription { matchUpdated { need { matches { need { matches { id } } } } } }';
    const depthFive = 'subscription { matchUpdated { need { matches { need { id } } } } }';
    const refused = errorsOf(
      await overSocket(t, token, [{ query: fiveAliases }, { query: depthSix }]),
    );
    expect(refused.map((e) => e.extensions?.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(refused[0].message).toMatch(/alias/i);
    expect(refused[1].message).toMatch(/depth/i);
    // Inside the limits the subscriptions start: no error before the first event.
    const started = await overSocket(
      t,
      token,
      [{ query: fourAliases }, { query: depthFive }],
      1_000,
    );
    expect(errorsOf(started)).toEqual([]);
    expect(started.closeCode).toBeUndefined();
  });

  it('does not let queries and mutations sent over the socket escape the per-user rate limit', async () => {
    const { token, user } = await f.signedIn(Role.MINISTRY_STAFF);
    const outcome = await overSocket(
      t,
      token,
      Array.from({ length: 12 }, () => ({ query: '{ me { id } }' })),
    );
    const served = outcome.messages.filter(
      (m) => m.type === 'next' && (m.payload?.data as { me?: { id: string } })?.me?.id === user.id,
    );
    // ratePerUser is 5: over HTTP the sixth root field in the window is TOO_MANY_REQUESTS.
    expect(served.length).toBeLessThanOrEqual(5);
    // The data is left as it was: nothing here writes.
    expect(await t.db.getRepository(Need).count()).toBe(1);
  });
});
