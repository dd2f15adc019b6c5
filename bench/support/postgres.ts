/**
 * The PostgreSQL servers the bench and the soak run on, each able to stop
 * and start again (for the soak's outage):
 * - `url`: a server you name (DATABASE_URL); the soak stops and starts it with
 *   commands (default: the machines' `pg_ctlcluster --skip-systemctl-redirect 15 main`);
 * - `cluster`: a throwaway PostgreSQL 15 cluster in a temporary folder, on a
 *   free port, with /usr/lib/postgresql/15/bin (the machines' own version);
 * - `embedded`: the embedded PostgreSQL 18 of the application, in a temporary DATA_DIR.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface BenchPostgres {
  kind: 'url' | 'cluster' | 'embedded';
  /** The server's URL (its `postgres` database). */
  url: string;
  /** Stops the server (fast shutdown: connections are cut). */
  down(): void;
  /** Starts it again and waits until it accepts connections. */
  up(): Promise<void>;
  /** Stops it for good and removes what was created. */
  dispose(): Promise<void>;
}

export const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const isRoot = () => process.getuid?.() === 0;

/** Runs a command as the postgres user when we are root (initdb and pg_ctl refuse root). */
function asPostgres(file: string, args: string[]): string {
  const result = isRoot()
    ? spawnSync('runuser', ['-u', 'postgres', '--', file, ...args], { encoding: 'utf8' })
    : spawnSync(file, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${file} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** Waits until the server accepts a connection (or gives up after `ms`). */
export async function waitForServer(url: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const c = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      await c.end();
      return;
    } catch (err) {
      await c.end().catch(() => undefined);
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A PostgreSQL 15 cluster of our own under /tmp, trust authentication on loopback only. */
async function cluster(): Promise<BenchPostgres> {
  const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
  const dir = mkdtempSync(join(tmpdir(), 'd4d-pg-'));
  chmodSync(dir, 0o755);
  if (isRoot()) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  asPostgres(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=200 -c fsync=on`;
  const start = () =>
    asPostgres(join(bin, 'pg_ctl'), [
      'start',
      '-D',
      data,
      '-w',
      '-t',
      '60',
      '-l',
      join(dir, 'log'),
      '-o',
      options,
    ]);
  const stop = () =>
    asPostgres(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']);
  start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitForServer(url);
  return {
    kind: 'cluster',
    url,
    down: () => void stop(),
    up: async () => {
      start();
      await waitForServer(url);
    },
    dispose: async () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The embedded PostgreSQL in a temporary DATA_DIR; stopped and started with its packaged pg_ctl. */
async function embedded(): Promise<BenchPostgres & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'd4d-embedded-'));
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres(dataDir, 0);
  const pgDir = join(dataDir, 'pg');
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const pgCtl = join(entry, '..', '..', 'native', 'bin', 'pg_ctl');
  // pg_ctl start reuses the options the server was started with (postmaster.opts).
  const opts = readFileSync(join(pgDir, 'postmaster.opts'), 'utf8')
    .trim()
    .split(/\s+(?=")/)
    .slice(1)
    .map((s) => s.replace(/^"|"$/g, ''));
  const url = withDatabase(db.url, 'postgres');
  return {
    kind: 'embedded',
    dataDir,
    url,
    down: () => void asPostgres(pgCtl, ['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '60']),
    up: async () => {
      asPostgres(pgCtl, [
        'start',
        '-D',
        pgDir,
        '-w',
        '-t',
        '60',
        '-l',
        join(pgDir, 'restart.log'),
        '-o',
        opts.join(' '),
      ]);
      await waitForServer(url);
    },
    dispose: async () => {
      if (existsSync(join(pgDir, 'postmaster.pid'))) {
        spawnSync(isRoot() ? 'runuser' : pgCtl, [
          ...(isRoot() ? ['-u', 'postgres', '--', pgCtl] : []),
          'stop',
          '-D',
          pgDir,
          '-m',
          'fast',
          '-w',
        ]);
      }
      // The package's stop waits for its own child, which a restart by pg_ctl replaced: bounded.
      await Promise.race([
        db.stop().catch(() => undefined),
        new Promise((r) => setTimeout(r, 3000)),
      ]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A server named by URL; stopped and started by shell commands. */
function named(url: string): BenchPostgres {
  const stopCmd =
    process.env.SOAK_PG_STOP ?? 'pg_ctlcluster --skip-systemctl-redirect 15 main stop -m fast';
  const startCmd =
    process.env.SOAK_PG_START ?? 'pg_ctlcluster --skip-systemctl-redirect 15 main start';
  const sh = (cmd: string) => void execFileSync('sh', ['-c', cmd], { stdio: 'inherit' });
  return {
    kind: 'url',
    url: withDatabase(url, 'postgres'),
    down: () => sh(stopCmd),
    up: async () => {
      sh(startCmd);
      await waitForServer(withDatabase(url, 'postgres'));
    },
    dispose: async () => undefined,
  };
}

export async function benchPostgres(
  kind: 'url' | 'cluster' | 'embedded',
  url?: string,
): Promise<BenchPostgres> {
  if (kind === 'url') {
    if (!url) throw new Error('a database URL is needed');
    return named(url);
  }
  return kind === 'cluster' ? cluster() : embedded();
}

/** Creates a database on the server and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
