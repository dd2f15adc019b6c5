import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, type TestDatabase } from './database';
import { freePort, waitFor } from './ports';
import { serveClient } from './static-server';

export type Role = 'ADMIN' | 'COORDINATOR' | 'MINISTRY_STAFF' | 'SOLUTION_PROVIDER';
export interface Account {
  email: string;
  password: string;
}

export interface RunningApp {
  baseURL: string;
  apiURL: string;
  logFile: string;
  accounts: Record<Role, Account>;
  stop(): Promise<void>;
}

export const CLIENT_DIR = resolve(import.meta.dirname, '..', '..');
export const ROOT_DIR = resolve(CLIENT_DIR, '..');

/** "  ADMIN   admin@demo.d4d.lu   s3cret  (MAEE)" lines of demo-accounts.txt. */
export function parseAccounts(text: string): Record<Role, Account> {
  const accounts: Partial<Record<Role, Account>> = {};
  for (const line of text.split('\n')) {
    const [role, email, password] = line.trim().split(/\s+/);
    if (role && email && password) accounts[role as Role] = { email, password };
  }
  for (const role of ['ADMIN', 'COORDINATOR', 'MINISTRY_STAFF', 'SOLUTION_PROVIDER'] as const) {
    if (!accounts[role]) throw new Error(`No demo account for ${role}`);
  }
  return accounts as Record<Role, Account>;
}

async function isHtml(url: string): Promise<boolean> {
  const res = await fetch(url).catch(() => null);
  return Boolean(res?.ok && res.headers.get('content-type')?.includes('text/html'));
}

/**
 * The real server on a fresh database with the demo data, from the root
 * package's sources. The client comes from the server itself when it serves
 * client/dist, else from a small static server here (`clientFrom`).
 */
export async function startApp(clientFrom: 'auto' | 'server' | 'runner'): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'd4d-client-e2e-'));
  const database: TestDatabase | null = await createDatabase(ROOT_DIR);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  };
  if (database) env.DATABASE_URL = database.url;
  else {
    delete env.DATABASE_URL;
    env.EMBEDDED_PG_PORT = String(await freePort());
  }

  const child: ChildProcess = spawn('node', ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: ROOT_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's log, kept for a look after a failure (printed by run.ts).
  const logFile = join(tmpdir(), `d4d-client-e2e-server-${port}.log`);
  const log = createWriteStream(logFile);
  let output = '';
  const keep = (d: Buffer) => {
    output += d.toString();
    log.write(d);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const apiURL = `http://127.0.0.1:${port}`;
  let staticServer: Server | null = null;
  const stop = async () => {
    staticServer?.close();
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await database?.drop().catch((e: unknown) => console.error('could not drop the database:', e));
    rmSync(dataDir, { recursive: true, force: true });
    log.end();
  };

  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
      return (await fetch(`${apiURL}/health`)).ok;
    }, 'the server to answer /health');
    const accounts = parseAccounts(readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8'));

    let baseURL = apiURL;
    if (clientFrom === 'runner' || (clientFrom === 'auto' && !(await isHtml(`${apiURL}/needs`)))) {
      const clientPort = await freePort();
      staticServer = await serveClient(join(CLIENT_DIR, 'dist'), port, clientPort);
      baseURL = `http://127.0.0.1:${clientPort}`;
    }
    return { baseURL, apiURL, logFile, accounts, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
