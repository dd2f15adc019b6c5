import { ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Role } from '../src/common/enums';
import { typeormOptions } from '../src/database/typeorm-options';
import { ENTITIES } from '../src/entities';
import { User } from '../src/users/entities/user.entity';
import { codeOf, GqlResponse, TestApp } from './support/app';
import { dataOf } from './support/assertions';
import { createTestDatabase } from './support/database';
import { Factory } from './support/factories';
import {
  expiryOf,
  LiveSubscription,
  percentile,
  subscribe,
  waitUntil,
  Watched,
  watchSocket,
  wsClient,
} from './support/live';

// Two server processes boot (swc compiles on the fly) and 100 comments travel through Redis.
jest.setTimeout(180_000);

const ROOT = join(__dirname, '..');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Shared by both processes, so that the test can sign a token of its own (a short-lived one).
const JWT_SECRET = randomBytes(32).toString('hex');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
}

/** `src/main.ts` as production runs it, on our database and Redis. */
async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      JWT_SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'log',
    },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (/Ready in \d+ ms/.test(out)) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    child,
    output: () => out,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<any>;
    },
  };
}

const stop = (s: Server) =>
  new Promise<void>((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });

/** An access token as the servers sign them, valid for `seconds` more. */
function accessToken(user: User, seconds: number): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = { sub: user.id, role: user.role, sv: 0, iat: now, exp: now + seconds };
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...claims, iss: 'd4d-match', aud: 'd4d-match', jti: randomUUID() })}`;
  return `${unsigned}.${createHmac('sha256', JWT_SECRET).update(unsigned).digest('base64url')}`;
}

const COMMENT_ADDED = `subscription($threadId: ID!) { commentAdded(threadId: $threadId) { id body author { id } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { kind targetId } }`;
const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';

describe('live events through Redis, across two server processes', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;
  let redis: Redis;
  let a: Server;
  let b: Server;
  let f: Factory;
  let staff: { user: User; token: string };
  let coordinator: { user: User; token: string };
  const clients: Client[] = [];

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    database = await createTestDatabase();
    db = await new DataSource(typeormOptions(database.url, { entities: ENTITIES })).initialize();
    [a, b] = [await startServer(database.url), await startServer(database.url)];
    // The factories write to the database and sign in through server A.
    f = new Factory({ db, gql: a.gql } as unknown as TestApp);
    staff = await f.signedIn(Role.MINISTRY_STAFF);
    coordinator = await f.signedIn(Role.COORDINATOR);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([a, b].filter(Boolean).map(stop));
    await db?.destroy();
    await database?.drop();
    redis?.disconnect();
  });

  const subscribers = async (trigger: string) =>
    ((await redis.pubsub('NUMSUB', `d4d:${trigger}`)) as [string, number])[1];

  /** Subscribes on a server and waits until its process listens on the Redis channel. */
  async function subscribeOn<T = any>(
    server: Server,
    token: string,
    trigger: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<LiveSubscription<T>> {
    const before = await subscribers(trigger);
    const client = wsClient(server.url, { authorization: `Bearer ${token}` });
    clients.push(client);
    const sub = subscribe<T>(client, query, variables);
    await waitUntil(async () => (await subscribers(trigger)) > before);
    return sub;
  }

  /** Ends a subscription and waits until its process has left the Redis channel. */
  async function unsubscribe(sub: LiveSubscription, trigger: string) {
    const during = await subscribers(trigger);
    sub.dispose();
    await waitUntil(async () => (await subscribers(trigger)) < during);
  }

  /** A socket on a server with one commentAdded subscription, once its process listens on Redis. */
  async function watchOn(server: Server, token: string, threadId: string): Promise<Watched> {
    const trigger = `commentAdded:${threadId}`;
    const before = await subscribers(trigger);
    const client = wsClient(server.url, { authorization: `Bearer ${token}` });
    clients.push(client);
    const watched = watchSocket(client, threadId);
    await waitUntil(async () => (await subscribers(trigger)) > before);
    return watched;
  }

  const threadOf = async (needId: string) =>
    (
      (await db.query("SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1", [
        needId,
      ])) as { id: string }[]
    )[0].id;

  it('runs both servers on Redis', () => {
    expect(a.output()).toMatch(/Live events: redis/);
    expect(b.output()).toMatch(/Live events: redis/);
  });

  it('delivers a comment posted through one process to a subscriber of the other, both ways', async () => {
    const need = await f.need(staff.user);
    const threadId = await threadOf(need.id);
    const onB = await subscribeOn(b, coordinator.token, `commentAdded:${threadId}`, COMMENT_ADDED, {
      threadId,
    });
    const viaA = dataOf(
      await a.gql(POST, { input: { threadId, body: 'posted on A' } }, staff.token),
    );
    const received = (await onB.next()).data?.commentAdded;
    expect(received).toMatchObject({
      id: viaA.postComment.id,
      body: 'posted on A',
      author: { id: staff.user.id },
    });
    await unsubscribe(onB, `commentAdded:${threadId}`);

    const onA = await subscribeOn(a, staff.token, `commentAdded:${threadId}`, COMMENT_ADDED, {
      threadId,
    });
    const viaB = dataOf(
      await b.gql(POST, { input: { threadId, body: 'posted on B' } }, coordinator.token),
    );
    expect((await onA.next()).data?.commentAdded.id).toBe(viaB.postComment.id);
    await unsubscribe(onA, `commentAdded:${threadId}`);
  });

  it('delivers a notification made in one process to its recipient connected to the other', async () => {
    const need = await f.need(staff.user);
    const threadId = await threadOf(need.id);
    const channel = `notificationAdded:${coordinator.user.id}`;
    const onB = await subscribeOn(b, coordinator.token, channel, NOTIFICATION_ADDED);
    dataOf(
      await a.gql(POST, { input: { threadId, body: `@${coordinator.user.email}` } }, staff.token),
    );
    expect((await onB.next()).data?.notificationAdded).toEqual({
      kind: 'MENTIONED',
      targetId: need.id,
    });
    await unsubscribe(onB, channel);
  });

  it("closes a socket at its access token's expiry, in the process that holds it, delivering nothing after", async () => {
    const need = await f.need(staff.user);
    const threadId = await threadOf(need.id);
    const token = accessToken(staff.user, 3);
    const expiry = expiryOf(token);
    const onB = await watchOn(b, token, threadId);
    const before = dataOf(
      await a.gql(POST, { input: { threadId, body: 'before' } }, coordinator.token),
    );
    await waitUntil(() => onB.events.length === 1);
    expect(onB.events[0].id).toBe(before.postComment.id);

    const closed = await onB.closedBy(expiry + 2000);
    expect(closed).not.toBe('still open');
    expect(closed).toMatchObject({ code: 4440 });
    dataOf(await a.gql(POST, { input: { threadId, body: 'after' } }, coordinator.token));
    await new Promise((r) => setTimeout(r, 300));
    expect(onB.events).toHaveLength(1);
  });

  it("closes at logout through one process that sign-in's socket on the other, and only that one", async () => {
    const user = await f.user(Role.MINISTRY_STAFF);
    const [one, two] = [await f.session(user), await f.session(user)];
    const [threadOne, threadTwo] = [
      await threadOf((await f.need(user)).id),
      await threadOf((await f.need(user)).id),
    ];
    const onOne = await watchOn(b, one.accessToken, threadOne);
    const onTwo = await watchOn(b, two.accessToken, threadTwo);

    const res = await a.gql(
      'mutation($t: String!) { logout(refreshToken: $t) }',
      { t: one.refreshToken },
      one.accessToken,
    );
    expect(dataOf(res).logout).toBe(true);
    expect(await onOne.closedBy(Date.now() + 2000)).toMatchObject({ code: 4401 });

    for (const threadId of [threadOne, threadTwo]) {
      dataOf(
        await a.gql(POST, { input: { threadId, body: 'after the logout' } }, coordinator.token),
      );
    }
    await waitUntil(() => onTwo.events.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(onOne.events).toEqual([]);
    expect(codeOf(await b.gql('{ me { id } }', {}, one.accessToken))).toBe('UNAUTHENTICATED');
    expect(dataOf(await b.gql('{ me { id } }', {}, two.accessToken)).me.id).toBe(user.id);
  });

  it('measures the time from postComment on one process to delivery on the other, over 100 comments', async () => {
    const need = await f.need(staff.user);
    const threadId = await threadOf(need.id);
    const onB = await subscribeOn(b, coordinator.token, `commentAdded:${threadId}`, COMMENT_ADDED, {
      threadId,
    });
    const times: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const started = performance.now();
      const posting = a.gql(POST, { input: { threadId, body: `comment ${i}` } }, staff.token);
      const { data } = await onB.next();
      times.push(performance.now() - started);
      expect(data?.commentAdded.body).toBe(`comment ${i}`);
      dataOf(await posting);
    }
    onB.dispose();
    console.log(
      `postComment (process A) → commentAdded (process B) through Redis, 100 comments: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    );
    expect(times).toHaveLength(100);
  });
});
