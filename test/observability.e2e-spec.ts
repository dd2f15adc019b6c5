import { INestApplication } from '@nestjs/common';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { Role } from '../src/common/enums';
import { TestApp } from './support/app';
import { createTestDatabase } from './support/database';
import { Factory, PASSWORD } from './support/factories';
import { subscribe, wsClient } from './support/live';

/** Every JSON line the application logs, kept for inspection. */
class LogCapture extends Writable {
  lines: string[] = [];
  _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  }
  records(): Record<string, any>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, any>);
  }
}

/** The value of one series in Prometheus' text format, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('observability: /metrics and JSON logs', () => {
  const logs = new LogCapture();
  let app: INestApplication;
  let t: TestApp;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    // Debug level: the request lines then carry the GraphQL variables, redacted.
    app = await createApp(database.url, 'debug', { logStream: logs });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const url = `http://127.0.0.1:${port}`;
    t = {
      app,
      db: app.get(DataSource),
      url,
      async gql(query, variables, token, headers = {}) {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          body: JSON.stringify({ query, variables }),
        });
        return (await res.json()) as never;
      },
      close: async () => undefined,
    };
  });

  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  const metrics = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}/metrics`, { headers });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('counts and times operations by name, counts errors by code, and shows the pool and the sockets', async () => {
    const factory = new Factory(t);
    const { token } = await factory.signedIn(Role.COORDINATOR);
    for (let i = 0; i < 3; i++) {
      const res = await t.gql('query NeedsPage { needs(first: 5) { totalCount } }', {}, token);
      expect(res.errors).toBeUndefined();
    }
    const refused = await t.gql('query NeedsPage { needs(first: 5) { totalCount } }', {}, 'bad');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await t.gql('{ __typename }', {}, token);

    const client = wsClient(t.url, { authorization: `Bearer ${token}` });
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const live = subscribe(client, 'subscription { notificationAdded { id } }');
    await connected;
    const during = await metrics();
    live.dispose();
    await client.dispose();

    expect(during.status).toBe(200);
    expect(during.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const series = 'd4d_graphql_requests_total{operation="NeedsPage",type="query"}';
    expect(sample(during.text, series)).toBe(4);
    expect(
      sample(
        during.text,
        'd4d_graphql_request_duration_seconds_count{operation="NeedsPage",type="query"}',
      ),
    ).toBe(4);
    expect(
      sample(during.text, 'd4d_graphql_requests_total{operation="(anonymous)",type="query"}'),
    ).toBe(1);
    expect(sample(during.text, 'd4d_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(sample(during.text, 'd4d_graphql_ws_connections')).toBe(1);
    expect(sample(during.text, 'd4d_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(during.text, 'd4d_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
    expect(sample(during.text, 'd4d_db_pool_waiting_requests')).toBe(0);
    expect(sample(during.text, 'd4d_db_pool_max_connections')).toBeGreaterThan(0);
    expect(during.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(during.text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    // The metrics describe use, never records: no token, no e-mail address.
    expect(during.text).not.toContain(token);
    expect(during.text).not.toMatch(/@test\.d4d\.lu/);

    // The socket has closed: the gauge comes back down.
    await new Promise((r) => setTimeout(r, 300));
    expect(sample((await metrics()).text, 'd4d_graphql_ws_connections')).toBe(0);
  });

  it('refuses /metrics to a request relayed by a proxy', async () => {
    const relayed = await metrics({ 'x-forwarded-for': '203.0.113.7' });
    expect(relayed.status).toBe(403);
    expect(relayed.text).not.toMatch(/d4d_graphql/);
  });

  it('logs each request as one JSON line with its request id and no password or token', async () => {
    const factory = new Factory(t);
    const user = await factory.user(Role.MINISTRY_STAFF);
    const requestId = `obs-${Date.now()}-login`;
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({
        operationName: 'SignIn',
        query:
          'mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
        variables: { input: { email: user.email, password: PASSWORD } },
      }),
    });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const { data } = (await res.json()) as {
      data: { login: { accessToken: string; refreshToken: string } };
    };
    expect(data.login.accessToken).toBeTruthy();

    // Without a caller's id, the line carries the id the response announced.
    const other = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${data.login.accessToken}`,
        cookie: 'session=do-not-log-me',
      },
      body: JSON.stringify({ query: 'query Me { me { id } }' }),
    });
    const generatedId = other.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);
    await other.json();
    // Probes and scrapes leave no line; other routes do.
    const quiet = `obs-${Date.now()}-quiet`;
    for (const path of ['/health/live', '/metrics', '/health'])
      await fetch(`${t.url}${path}`, {
        headers: { 'x-request-id': `${quiet}${path.replace(/\//g, '-')}` },
      });
    await new Promise((r) => setTimeout(r, 100));

    const records = logs.records();
    const login = records.find((r) => r.requestId === requestId && r.msg === 'request completed');
    expect(login).toBeDefined();
    expect(login!.req.id).toBe(requestId);
    expect(login!.res.statusCode).toBe(200);
    expect(login!.graphql.operationName).toBe('SignIn');
    expect(login!.graphql.variables.input.email).toBe(user.email);
    expect(login!.graphql.variables.input.password).toBe('[redacted]');
    const me = records.find((r) => r.requestId === generatedId && r.msg === 'request completed');
    expect(me?.graphql.operationName).toBe('Me');
    const completed = records
      .filter((r) => String(r.requestId).startsWith(quiet))
      .map((r) => r.req.path as string);
    expect(completed).toEqual(['/health']);

    const everything = logs.lines.join('\n');
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(data.login.accessToken);
    expect(everything).not.toContain(data.login.refreshToken);
    expect(everything).not.toContain('do-not-log-me');
  });
});
