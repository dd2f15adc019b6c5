/**
 * The browser tests: build the client, start the real server on a fresh
 * database with the demo data, run e2e/journeys/*.test.ts (node:test) in
 * Debian's chromium, stop everything.
 *
 *   npm run test:e2e                      build if stale (as npm start does), then test
 *   E2E_SKIP_BUILD=1 npm run test:e2e     reuse client/dist as it is
 *   E2E_ONLY=needs npm run test:e2e       only journeys whose file name contains "needs"
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_DIR, ROOT_DIR, startApp } from './support/app';

// Who serves client/dist: the server (the normal way), or this runner ('runner'); 'auto' asks the server first.
const CLIENT_FROM = (process.env.E2E_CLIENT ?? 'auto') as 'auto' | 'server' | 'runner';

// The production build npm start serves, rebuilt only when client/ changed since (the type
// check is `npm run typecheck`'s, which `npm test` runs first).
if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(
    process.execPath,
    [join(ROOT_DIR, 'scripts', 'build-if-stale.mjs'), 'client'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const app = await startApp(CLIENT_FROM);
console.log(`e2e: client at ${app.baseURL}, API at ${app.apiURL}`);

const dir = join(CLIENT_DIR, 'e2e', 'journeys');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts') && f.includes(process.env.E2E_ONLY ?? ''))
  .sort()
  .map((f) => join(dir, f));

const tests = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...files],
  {
    cwd: CLIENT_DIR,
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_BASE_URL: app.baseURL,
      E2E_API_URL: app.apiURL,
      E2E_ACCOUNTS: JSON.stringify(app.accounts),
    },
  },
);
const stopAll = () => void app.stop().then(() => process.exit(130));
process.once('SIGINT', stopAll);
process.once('SIGTERM', stopAll);

const code = await new Promise<number>((done) => tests.once('exit', (c) => done(c ?? 1)));
await app.stop();
if (code !== 0) console.log(`e2e: the server's log is in ${app.logFile}`);
process.exit(code);
