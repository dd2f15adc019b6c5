/**
 * The server as production runs it, in a child process: the build
 * (dist/src/main.js, built with `npm run build` if missing or SERVER_BUILD=1)
 * with NODE_ENV=production, listening on loopback.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');

export interface ChildServer {
  url: string;
  pid: number;
  /** Everything the server printed (JSON log lines). */
  output(): string;
  logFile: string;
  stop(): Promise<void>;
}

export function ensureBuild(): void {
  if (existsSync(MAIN) && process.env.SERVER_BUILD !== '1') return;
  console.log('  building the server (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

export async function startServer(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildServer> {
  ensureBuild();
  const port = await freePort();
  const logFile = join(mkdtempSync(join(tmpdir(), 'd4d-server-')), 'server.log');
  const log = openSync(logFile, 'a');
  // SERVER_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = process.env.SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'bench-and-soak-secret-long-enough-for-hs256',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'log',
      // All the load comes from one address and a few accounts: the limits would measure themselves.
      RATE_LIMIT_PER_IP: '1000000000',
      RATE_LIMIT_PER_USER: '1000000000',
      ...env,
    },
    // To a file, not a pipe: a pipe the busy load generator reads late would block the server's writes.
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const out = () => readFileSync(logFile, 'utf8');
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${url}/health/live`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start:\n${out().slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    output: out,
    logFile,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shapes vary by operation
  data?: Record<string, any>;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await gql(
    url,
    'mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  if (!res.data?.login)
    throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken as string;
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
