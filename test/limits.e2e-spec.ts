import { Lexer, Source, TokenKind } from 'graphql';
import { Role } from '../src/common/enums';
import { SecurityOverrides } from '../src/security/security.config';
import { startTestApp, TestApp } from './support/app';
import { Factory } from './support/factories';

/**
 * The limits at the edge (src/security): each one refuses one step past it
 * and accepts the step at it, with a clear message and no stack trace.
 * Small limits are set here so that each can be reached with a short query
 * that stays well inside the others.
 */
const TIGHT: SecurityOverrides = {
  maxDepth: 5,
  maxAliases: 4,
  maxCost: 50,
  maxTokens: 80,
  maxDirectives: 3,
  bodyLimitKb: 4,
  corsOrigins: ['https://allowed.example.org'],
};

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

const STACK = /\bat .*\.(ts|js):\d+|node_modules|stacktrace/;

async function post(
  t: TestApp,
  body: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = {};
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

const ask = (t: TestApp, query: string, token?: string, variables?: Record<string, unknown>) =>
  post(t, JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});

/** Refused with a 400, a message that names the limit, a code, and no internals. */
function expectRefused(answer: Answer, message: RegExp, code?: string) {
  expect(answer.status).toBe(400);
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.body.errors?.[0]?.message).toMatch(message);
  if (code) expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.body.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
  expect(answer.text).not.toMatch(STACK);
}

function expectAccepted(answer: Answer) {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.body.data).toBeTruthy();
}

/** The tokens graphql-js counts: every lexical token but the end of the document. */
function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n += 1;
  return n;
}

/** need → matches → need → ... ending in `id`: a query exactly `depth` levels deep. */
function nested(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level >= 2; level -= 1) {
    inner = `${level % 2 === 0 ? 'matches' : 'need'} { ${inner} }`;
  }
  return `query($id: ID!) { need(id: $id) { ${inner} } }`;
}

async function withNodeEnv<T>(value: string, start: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = value;
  try {
    return await start();
  } finally {
    process.env.NODE_ENV = before;
  }
}

describe('limits at the edge', () => {
  let t: TestApp;
  let token: string;
  let needId: string;

  beforeAll(async () => {
    t = await startTestApp({ security: TIGHT });
    const f = new Factory(t);
    const staff = await f.signedIn(Role.MINISTRY_STAFF);
    token = staff.token;
    needId = (await f.need(staff.user)).id;
  });
  afterAll(() => t.close());

  it('limits the depth of a query', async () => {
    expectAccepted(await ask(t, nested(5), token, { id: needId }));
    expectRefused(
      await ask(t, nested(6), token, { id: needId }),
      /depth limit of 5 exceeded, found 6/,
    );
  });

  it('limits aliases', async () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const inside = await ask(t, aliased(4), token);
    expectAccepted(inside);
    expect(Object.keys(inside.body.data!)).toHaveLength(4);
    expectRefused(await ask(t, aliased(5), token), /Aliases limit of 4 exceeded, found 5/);
  });

  it('limits the cost of a query', async () => {
    // graphql-armor's cost: 2 for the object, 1.5 × 1 for each scalar below it.
    const fields = (n: number) => `{ me { ${Array(n).fill('id').join(' ')} } }`;
    expectAccepted(await ask(t, fields(32), token)); // 2 + 1.5 × 32 = 50
    expectRefused(await ask(t, fields(33), token), /Cost limit of 50 exceeded, found 51\.5/);
  });

  it('limits the tokens of a document', async () => {
    const withCodes = (n: number) =>
      `{ needs(filter: { countryCodes: [${Array(n).fill('"SN"').join(' ')}] }) { edges { cursor } } }`;
    let n = 1;
    while (tokenCount(withCodes(n)) < 80) n += 1;
    expect(tokenCount(withCodes(n))).toBe(80);
    expectAccepted(await ask(t, withCodes(n), token));
    expectRefused(
      await ask(t, withCodes(n + 1), token),
      /more tha[nt] 80 tokens/,
      'GRAPHQL_PARSE_FAILED',
    );
  });

  it('limits directives', async () => {
    const directed = (n: number) =>
      `{ me { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`;
    expectAccepted(await ask(t, directed(3), token));
    expectRefused(await ask(t, directed(4), token), /Directives limit of 3 exceeded, found 4/);
  });

  it('limits the size of the request body', async () => {
    const sized = (bytes: number) => {
      const empty = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      return JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(bytes - empty.length) },
      });
    };
    expect(Buffer.byteLength(sized(4096))).toBe(4096);
    expectAccepted(await post(t, sized(4096)));
    const over = await post(t, sized(4097));
    expect(over.status).toBe(413);
    expect(over.body.errors?.[0]).toEqual({
      message: 'The request body is larger than 4 KiB.',
      extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: expect.any(String) },
    });
  });

  it('answers a body that is not JSON with a clear 400', async () => {
    const answer = await post(t, '{"query": "{ __typename }"');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) },
    });
  });

  it('refuses batched requests and serves a single operation', async () => {
    const one = { query: '{ __typename }' };
    expectAccepted(await post(t, JSON.stringify(one)));
    expectRefused(await post(t, JSON.stringify([one, one])), /batching/i, 'BAD_REQUEST');
  });

  it('prevents CSRF: simple requests without a preflight header are refused', async () => {
    const simple = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);

    const get = (headers: Record<string, string>) =>
      fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers });
    const bare = await get({});
    expect(bare.status).toBe(400);
    expect(await bare.text()).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await get({ 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('allows the listed origins only (CORS)', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight('https://allowed.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await preflight('https://evil.example.org');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const fromOther = await post(t, JSON.stringify({ query: '{ __typename }' }), {
      origin: 'https://evil.example.org',
    });
    expect(fromOther.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends helmet headers, with a Content-Security-Policy for the client', async () => {
    const res = await fetch(`${t.url}/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('outside production: the sandbox page loads, with its own policy, and suggestions help', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/embeddable-sandbox/);
    expect(page.headers.get('content-security-policy')).toBeNull();
    const typo = await ask(t, '{ me { emial } }', token);
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "email"/);
    const introspection = await ask(t, '{ __schema { queryType { name } } }');
    expect(introspection.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('limits in production', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await withNodeEnv('production', () => startTestApp());
    token = (await new Factory(t).signedIn(Role.COORDINATOR)).token;
  });
  afterAll(() => t.close());

  it('hides field suggestions', async () => {
    const typo = await ask(t, '{ me { emial } }', token);
    expectRefused(typo, /Cannot query field "emial"/, 'GRAPHQL_VALIDATION_FAILED');
    expect(typo.text).not.toMatch(/Did you mean|"email"/);
  });

  it('refuses introspection', async () => {
    expectRefused(
      await ask(t, '{ __schema { queryType { name } } }'),
      /introspection/i,
      'GRAPHQL_VALIDATION_FAILED',
    );
    expectAccepted(await ask(t, '{ __typename }'));
  });

  it('serves no landing page', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await page.text()).not.toMatch(/apollographql\.com/);
  });

  it('keeps the Content-Security-Policy on /graphql', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('accepts a page of 50 needs with matches, solutions and providers under the default limits', async () => {
    const answer = await ask(
      t,
      `{ needs(first: 50) { edges { cursor node { id title status country { code name region }
          domains { code label } matches { id status solution { id title provider { id name kind } } } } }
          pageInfo { hasNextPage endCursor } } }`,
      token,
    );
    expectAccepted(answer);
  });
});
