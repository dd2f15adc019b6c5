import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { Role } from '../src/common/enums';
import { SecurityOverrides } from '../src/security/security.config';
import { codeOf, GqlResponse, RELAXED_LIMITS, startTestApp, TestApp } from './support/app';
import { expectError } from './support/assertions';
import { createTestDatabase } from './support/database';
import { Factory, PASSWORD } from './support/factories';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const login = (t: { gql: TestApp['gql'] }, email: string, password: string) =>
  t.gql(LOGIN, { input: { email, password } });
const unknownEmail = () => `nobody.${randomBytes(4).toString('hex')}@test.d4d.lu`;

/** Refused by a limit: TOO_MANY_REQUESTS, when to come back, and nothing else. */
function expectTooMany(res: GqlResponse, message: RegExp) {
  expectError(res, 'TOO_MANY_REQUESTS');
  expect(res.errors![0].message).toMatch(message);
  expect(res.errors![0].extensions!.retryAfterSeconds).toEqual(expect.any(Number));
}
const LOCKED = /^Too many failed sign-in attempts\. Try again in \d+ (minutes|seconds)\.$/;

describe('rate limits per operation', () => {
  describe('per user', () => {
    let t: TestApp;
    let f: Factory;
    beforeAll(async () => {
      t = await startTestApp({ security: { ratePerUser: 5, ratePerIp: 1000 } });
      f = new Factory(t);
    });
    afterAll(() => t.close());

    it('counts every root field, aliases included, and refuses the one past the limit', async () => {
      const { token } = await f.signedIn(Role.COORDINATOR);
      const three = await t.gql('{ a: me { id } b: me { id } c: me { id } }', {}, token);
      expect(three.errors).toBeUndefined();
      expect((await t.gql('{ a: me { id } b: me { id } }', {}, token)).errors).toBeUndefined();
      // Five root fields so far: the limit. Nested fields are not counted.
      const sixth = await t.gql('{ me { id ministry { id } } }', {}, token);
      expectTooMany(sixth, /^Too many requests; try again in \d+ seconds\.$/);
      expect(sixth.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it('counts each user apart', async () => {
      const [first, second] = await Promise.all([
        f.signedIn(Role.ADMIN),
        f.signedIn(Role.MINISTRY_STAFF),
      ]);
      const five = Array.from({ length: 5 }, (_, i) => `a${i}: me { id }`).join(' ');
      expect((await t.gql(`{ ${five} }`, {}, first.token)).errors).toBeUndefined();
      expect(codeOf(await t.gql('{ me { id } }', {}, first.token))).toBe('TOO_MANY_REQUESTS');
      expect((await t.gql(`{ ${five} }`, {}, second.token)).errors).toBeUndefined();
    });

    it('tells HTTP clients the limits in headers', async () => {
      const { token } = await f.signedIn(Role.COORDINATOR);
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(res.headers.get('x-ratelimit-limit-user')).toBe('5');
      expect(res.headers.get('x-ratelimit-remaining-user')).toBe('4');
    });
    it('says when to retry in the standard header, on /graphql and on the CSV export alike', async () => {
      const { token } = await f.signedIn(Role.COORDINATOR);
      const five = Array.from({ length: 5 }, (_, i) => `a${i}: me { id }`).join(' ');
      expect((await t.gql(`{ ${five} }`, {}, token)).errors).toBeUndefined();
      const refused = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const csv = await fetch(`${t.url}/export/needs.csv`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(csv.status).toBe(429);
      expect(Number(csv.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await csv.json()).toEqual({
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringMatching(/^Too many requests; try again in \d+ seconds\.$/),
      });
    });
  });

  describe('per address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ security: { ratePerIp: 6, ratePerUser: 1000 } });
    });
    afterAll(() => t.close());

    it('counts anonymous and badly signed callers too, before the token is checked', async () => {
      const refresh = 'mutation { refreshSession(refreshToken: "nope") { accessToken } }';
      for (let i = 0; i < 3; i += 1) {
        expect(codeOf(await t.gql(refresh))).toBe('UNAUTHENTICATED');
      }
      for (let i = 0; i < 3; i += 1) {
        expect(codeOf(await t.gql('{ me { id } }', {}, 'not.a.token'))).toBe('UNAUTHENTICATED');
      }
      expectTooMany(await t.gql(refresh), /^Too many requests/);
      expectTooMany(await t.gql('{ me { id } }', {}, 'not.a.token'), /^Too many requests/);
      // The browser's cookie renewal too.
      const renewal = await fetch(`${t.url}/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(renewal.status).toBe(429);
      expect(await renewal.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    });

    it('leaves /health out of the count', async () => {
      // The address is past its limit (the test above): health checks still answer.
      for (const path of ['/health', '/health/live']) {
        const res = await fetch(`${t.url}${path}`);
        expect(res.status).toBe(200);
      }
    });
  });
});

describe('sign-in lockout', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await startTestApp({ security: { signInMaxFailures: 5, signInMaxFailuresPerIp: 1000 } });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('refuses further attempts after 5 failures, even with the right password', async () => {
    const user = await f.user(Role.COORDINATOR);
    for (let i = 0; i < 5; i += 1) {
      expectError(await login(t, user.email, 'not the password'), 'UNAUTHENTICATED');
    }
    const locked = await login(t, user.email, PASSWORD);
    expectTooMany(locked, LOCKED);
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Another letter case is the same account.
    expectTooMany(await login(t, user.email.toUpperCase(), PASSWORD), LOCKED);
    // Other accounts are not concerned.
    const other = await f.user(Role.COORDINATOR);
    expect((await login(t, other.email, PASSWORD)).errors).toBeUndefined();
  });

  it('answers an unknown e-mail exactly as a known one', async () => {
    const user = await f.user(Role.ADMIN);
    const ghost = unknownEmail();
    const known: GqlResponse[] = [];
    const unknown: GqlResponse[] = [];
    for (let i = 0; i < 6; i += 1) {
      known.push(await login(t, user.email, 'not the password'));
      unknown.push(await login(t, ghost, 'not the password'));
    }
    const shape = (r: GqlResponse) => [codeOf(r), r.errors![0].message.replace(/\d+/g, 'N')];
    expect(known.map(shape)).toEqual(unknown.map(shape));
    expect(codeOf(known[5])).toBe('TOO_MANY_REQUESTS');
  });

  it('keys the lockout on the account the lookup finds: a Unicode alias (İ for i) shares its counter', async () => {
    // PostgreSQL's lower() makes "İ" (U+0130) an "i", as the lookup of the account does;
    // JavaScript's toLowerCase() makes it "i̇" (i and a combining dot): another counter.
    const aliasOf = (email: string) => email.replace('vicky', 'vİcky');
    const tag = randomBytes(4).toString('hex');
    const [locked, other] = [
      await f.user(Role.COORDINATOR, { email: `vicky.${tag}@test.d4d.lu` }),
      await f.user(Role.COORDINATOR, { email: `vicky.${tag}.2@test.d4d.lu` }),
    ];
    // The alias is one: it signs in to the account.
    expect((await login(t, aliasOf(other.email), PASSWORD)).errors).toBeUndefined();

    for (let i = 0; i < 5; i += 1) {
      expectError(await login(t, locked.email, 'not the password'), 'UNAUTHENTICATED');
    }
    expectTooMany(await login(t, aliasOf(locked.email), PASSWORD), LOCKED);
    // Failures under the alias count for the account too.
    for (let i = 0; i < 5; i += 1) {
      expectError(await login(t, aliasOf(other.email), 'not the password'), 'UNAUTHENTICATED');
    }
    expectTooMany(await login(t, other.email, PASSWORD), LOCKED);
  });

  it("keys an unknown address as the lookup would, so that its aliases behave as a known one's", async () => {
    const ghost = `vicky.${randomBytes(4).toString('hex')}@test.d4d.lu`;
    for (let i = 0; i < 5; i += 1) {
      expectError(await login(t, ghost, 'not the password'), 'UNAUTHENTICATED');
    }
    expectTooMany(await login(t, ghost.replace('vicky', 'vİcky'), 'not the password'), LOCKED);
    expectTooMany(await login(t, ghost.toUpperCase(), 'not the password'), LOCKED);
  });

  it('counts parallel attempts exactly: 5 are checked, the others refused', async () => {
    const user = await f.user(Role.COORDINATOR);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => login(t, user.email, 'not the password')),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it('counts aliases of one document as attempts, and they cannot go past the lockout', async () => {
    const user = await f.user(Role.COORDINATOR);
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `a${i}: login(input: { email: $e, password: $p }) { accessToken }`,
    ).join(' ');
    const document = `mutation($e: String!, $p: String!) { ${aliases} }`;
    // Mutations run one after the other and stop at the first failure: one attempt per document.
    for (let i = 0; i < 5; i += 1) {
      const res = await t.gql(document, { e: user.email, p: 'not the password' });
      expect(res.errors).toHaveLength(1);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const locked = await t.gql(document, { e: user.email, p: PASSWORD });
    expectTooMany(locked, LOCKED);
    expect(locked.errors![0].path).toEqual(['a0']);
  });

  it('a success does not reset the failures already counted', async () => {
    const user = await f.user(Role.SOLUTION_PROVIDER);
    for (let i = 0; i < 4; i += 1) {
      expectError(await login(t, user.email, 'not the password'), 'UNAUTHENTICATED');
    }
    // The real user signs in in between (twice): the attacker's count stands.
    expect((await login(t, user.email, PASSWORD)).errors).toBeUndefined();
    expect((await login(t, user.email, PASSWORD)).errors).toBeUndefined();
    expectError(await login(t, user.email, 'not the password'), 'UNAUTHENTICATED');
    expectTooMany(await login(t, user.email, 'another guess'), LOCKED);
  });

  it('counts wrong current passwords given to changePassword', async () => {
    const { user, token } = await f.signedIn(Role.COORDINATOR);
    const change = (currentPassword: string) =>
      t.gql(
        'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
        { input: { currentPassword, newPassword: 'a brand new passphrase' } },
        token,
      );
    for (let i = 0; i < 5; i += 1) {
      expectError(await change(`guess number ${i}`), 'BAD_USER_INPUT', 'currentPassword');
    }
    expectTooMany(await change(PASSWORD), LOCKED);
    expectTooMany(await login(t, user.email, PASSWORD), LOCKED);
  });
});

describe('sign-in lockout per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ security: { signInMaxFailures: 5, signInMaxFailuresPerIp: 3 } });
  });
  afterAll(() => t.close());

  it('stops one address spraying many accounts, and signing in to its own account does not help', async () => {
    const own = await new Factory(t).user(Role.COORDINATOR);
    for (let i = 0; i < 2; i += 1) {
      expectError(await login(t, unknownEmail(), 'a common password'), 'UNAUTHENTICATED');
    }
    expect((await login(t, own.email, PASSWORD)).errors).toBeUndefined();
    expectError(await login(t, unknownEmail(), 'a common password'), 'UNAUTHENTICATED');
    expectTooMany(await login(t, unknownEmail(), 'a common password'), LOCKED);
    expectTooMany(await login(t, own.email, PASSWORD), LOCKED);
  });
});

describe('counters in Redis, shared by two server instances', () => {
  const prefix = `d4d:test:${randomBytes(6).toString('hex')}:`;
  const limits: SecurityOverrides = {
    ...RELAXED_LIMITS,
    redisUrl: REDIS_URL,
    redisPrefix: prefix,
    ratePerUser: 6,
    signInMaxFailures: 5,
  };
  let database: { url: string; drop(): Promise<void> };
  let apps: INestApplication[] = [];
  let servers: { gql: TestApp['gql'] }[] = [];
  let redis: Redis;

  /** Test data through the first instance (both share one database). */
  const factory = () =>
    new Factory({ db: apps[0].get(DataSource), gql: servers[0].gql } as TestApp);

  const serve = async (app: INestApplication) => {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const gql: TestApp['gql'] = async (query, variables, token) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<any>;
    };
    return { gql };
  };

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    database = await createTestDatabase();
    apps = [
      await createApp(database.url, 'error', { security: limits }),
      await createApp(database.url, 'error', { security: limits }),
    ];
    servers = await Promise.all(apps.map(serve));
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await database.drop();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('limits a user across both instances', async () => {
    const [one, two] = servers;
    const { token } = await factory().signedIn(Role.COORDINATOR);
    expect(
      (await one.gql('{ a: me { id } b: me { id } c: me { id } }', {}, token)).errors,
    ).toBeUndefined();
    expect(
      (await two.gql('{ a: me { id } b: me { id } c: me { id } }', {}, token)).errors,
    ).toBeUndefined();
    expect(codeOf(await one.gql('{ me { id } }', {}, token))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await two.gql('{ me { id } }', {}, token))).toBe('TOO_MANY_REQUESTS');
    expect((await redis.keys(`${prefix}rate:user:*`)).length).toBeGreaterThan(0);
  });

  it('locks an account across both instances', async () => {
    const [one, two] = servers;
    const user = await factory().user(Role.COORDINATOR);
    for (let i = 0; i < 5; i += 1) {
      const server = i % 2 === 0 ? one : two;
      expect(codeOf(await login(server, user.email, 'not the password'))).toBe('UNAUTHENTICATED');
    }
    expectTooMany(await login(one, user.email, PASSWORD), LOCKED);
    expectTooMany(await login(two, user.email, PASSWORD), LOCKED);
    expect((await redis.keys(`${prefix}signin:account*`)).length).toBeGreaterThan(0);
  });
});

describe('without a reachable Redis', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      security: { redisUrl: 'redis://127.0.0.1:1', ratePerUser: 3, signInMaxFailures: 2 },
    });
  });
  afterAll(() => t.close());

  it('still serves, counting in memory', async () => {
    const { token, user } = await new Factory(t).signedIn(Role.COORDINATOR);
    expect(
      (await t.gql('{ a: me { id } b: me { id } c: me { id } }', {}, token)).errors,
    ).toBeUndefined();
    expect(codeOf(await t.gql('{ me { id } }', {}, token))).toBe('TOO_MANY_REQUESTS');
    for (let i = 0; i < 2; i += 1) {
      expectError(await login(t, user.email, 'not the password'), 'UNAUTHENTICATED');
    }
    expectTooMany(await login(t, user.email, PASSWORD), LOCKED);
  });
});
