import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { adminQuery, serverUrl, withDatabase } from './support/database';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Running {
  child: ChildProcess;
  /** Standard output and error, interleaved. */
  output: () => string;
  /** Standard output alone, parsed: JSON lines when it is not a terminal. */
  lines: () => Record<string, any>[];
  readyMs: number;
}

/** `npm start`'s server as a new user gets it: no DATABASE_URL, files in DATA_DIR. */
async function start(
  dataDir: string,
  port: number,
  extra: NodeJS.ProcessEnv = {},
): Promise<Running> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: '0',
    NODE_ENV: 'development',
    LOG_LEVEL: 'log',
    LOG_FORMAT: 'auto',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.JWT_SECRET;
  Object.assign(env, extra);
  const started = Date.now();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: ROOT,
    env,
  });
  let out = '';
  let stdout = '';
  child.stdout!.on('data', (d) => {
    out += d;
    stdout += d;
  });
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
  const lines = () =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, any>);
  return { child, output: () => out, lines, readyMs: Date.now() - started };
}

const stop = (r: Running, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    r.child.once('exit', () => resolve());
    r.child.kill(signal);
  });

async function gql(port: number, query: string, variables: object = {}, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

const LOGIN =
  'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';
const NEEDS = '{ needs(first: 5) { totalCount edges { node { id title country { code } } } } }';

describe('zero-setup start on the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'd4d-start-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads demo data on the first start only, and keeps every record across restarts and a crash', async () => {
    const port = await freePort();
    const first = await start(dataDir, port);
    // Standard output is not a terminal: JSON lines only, no passwords, and a summary instead
    // of Nest's modules and routes.
    const lines = first.lines();
    const summary = lines.find((l) => /^Ready in \d+ ms/.test(l.msg));
    const accountsFile = join(dataDir, 'demo-accounts.txt');
    expect(summary).toMatchObject({
      url: `http://localhost:${port}`,
      database: expect.stringMatching(/^embedded PostgreSQL at 127\.0\.0\.1:\d+$/),
      mode: 'development',
      demoAccountsFile: accountsFile,
      demoDataLoaded: true,
    });
    expect(lines.filter((l) => /^Mapped \{/.test(l.msg))).toEqual([]);
    expect(lines.length).toBeLessThan(15);
    const accounts = readFileSync(accountsFile, 'utf8').match(/COORDINATOR\s+(\S+@\S+)\s+(\S+)/);
    expect(accounts).not.toBeNull();
    expect(first.output()).not.toContain(accounts![2]);
    const [, email, password] = accounts!;
    const login = await gql(port, LOGIN, { e: email, p: password });
    const token = login.data!.login.accessToken as string;
    const before = await gql(port, NEEDS, {}, token);
    expect(before.data!.needs.edges).toHaveLength(5);
    expect(before.data!.needs.totalCount).toBeGreaterThanOrEqual(40);
    const health = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json());
    expect(health.info.database.status).toBe('up');
    await stop(first, 'SIGTERM');

    const second = await start(dataDir, port);
    expect(second.output()).not.toMatch(/Demo data loaded/);
    expect(second.lines().find((l) => /^Ready in/.test(l.msg))).toMatchObject({
      demoAccountsFile: accountsFile,
    });
    // Same records, and the signing key survived: the earlier access token still works.
    const after = await gql(port, NEEDS, {}, token);
    expect(after.data!.needs.totalCount).toBe(before.data!.needs.totalCount);
    // A crash leaves PostgreSQL running and its pid file behind: the next start copes.
    await stop(second, 'SIGKILL');

    const third = await start(dataDir, port);
    const relogin = await gql(port, LOGIN, { e: email, p: password });
    expect(relogin.errors).toBeUndefined();
    const again = await gql(port, NEEDS, {}, relogin.data!.login.accessToken);
    expect(again.data!.needs.totalCount).toBe(before.data!.needs.totalCount);
    await stop(third, 'SIGTERM');

    console.log(
      `start-up (swc, not a build): first ${first.readyMs} ms (initdb + migrations + demo data), ` +
        `warm ${second.readyMs} ms, after a crash ${third.readyMs} ms`,
    );
  });

  it('with DATABASE_URL: runs the migrations, loads no demo data, creates the first administrator', async () => {
    const name = `d4d_start_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    try {
      const port = await freePort();
      const env = {
        DATABASE_URL: withDatabase(serverUrl(), name),
        ADMIN_EMAIL: 'first.admin@example.org',
        ADMIN_PASSWORD: 'a long admin password',
      };
      const server = await start(dataDir, port, env);
      expect(server.output()).toMatch(/Migrations run: /);
      expect(server.output()).toMatch(/Created the first administrator, first\.admin@example\.org/);
      expect(server.output()).not.toMatch(/Demo data loaded/);
      const login = await gql(port, LOGIN, {
        e: 'first.admin@example.org',
        p: 'a long admin password',
      });
      const token = login.data!.login.accessToken as string;
      const needs = await gql(port, NEEDS, {}, token);
      expect(needs.data!.needs.totalCount).toBe(0);
      await stop(server, 'SIGTERM');
      // A second start finds the administrator and creates no other.
      const again = await start(dataDir, port, env);
      expect(again.output()).not.toMatch(/Created the first administrator/);
      await stop(again, 'SIGTERM');
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
