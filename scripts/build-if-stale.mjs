#!/usr/bin/env node
/**
 * Builds what `npm start` serves, and only what changed since the last build:
 *   server  src/ and migrations/ compiled by swc into dist/ (about 2 s);
 *   client  client/dist, Vite's production build, whatever NODE_ENV says,
 *           then its size budget (client/scripts/bundle-size.mjs).
 * Each build ends by writing a stamp inside what it built: a hash of every
 * input file's content. A later run hashes the inputs again (a few ms) and
 * rebuilds a part when its hash differs, its stamp is missing (another tool
 * emptied the folder: `nest build`, `nest start --watch`, `vite build`) or
 * the build failed. Type checking is not part of it: `npm run typecheck`,
 * `npm run dev` and `npm test` do that.
 *
 *   node scripts/build-if-stale.mjs [server|client] [--force] [--after-install]
 *
 * --after-install (npm's postinstall): a failed build warns instead of failing
 * the install; the next `npm start` tries again and stops on the error.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = relative(ROOT, fileURLToPath(import.meta.url));
const STAMP = '.build-stamp.json';

const TARGETS = {
  server: {
    dirs: ['src', 'migrations'],
    files: [
      SELF,
      'package.json',
      'package-lock.json',
      '.swcrc',
      'tsconfig.json',
      'tsconfig.build.json',
      'nest-cli.json',
    ],
    out: 'dist',
    // What `npm start` runs; the stamp alone does not prove it is there.
    product: 'dist/src/main.js',
    build: buildServer,
  },
  client: {
    dirs: ['client/src', 'client/public'],
    files: [
      SELF,
      'client/index.html',
      'client/vite.config.ts',
      'client/package.json',
      'client/package-lock.json',
      'client/tsconfig.json',
      'client/tsconfig.app.json',
      'client/scripts/bundle-size.mjs',
      // Vite reads these in production mode when they exist.
      'client/.env',
      'client/.env.local',
      'client/.env.production',
      'client/.env.production.local',
    ],
    // Served as static files, but express.static ignores dotfiles such as the stamp.
    out: 'client/dist',
    product: 'client/dist/index.html',
    build: buildClient,
  },
};

/** Every file under a folder, as paths relative to ROOT, without dotfiles or node_modules. */
function walk(dir, found = []) {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return found;
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) walk(rel, found);
    else if (entry.isFile()) found.push(rel);
  }
  return found;
}

/** A hash of each input file's content, by path (forward slashes, sorted). */
function inputsOf(target) {
  const paths = [...target.dirs.flatMap((d) => walk(d)), ...target.files];
  const hashes = {};
  for (const path of paths.sort()) {
    const abs = join(ROOT, path);
    const key = path.split(sep).join('/');
    hashes[key] = existsSync(abs)
      ? createHash('sha256').update(readFileSync(abs)).digest('hex').slice(0, 16)
      : 'absent';
  }
  return hashes;
}

function readStamp(target) {
  try {
    return JSON.parse(readFileSync(join(ROOT, target.out, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

/** Why a part needs building, or null when it is up to date. */
function staleness(target, inputs) {
  if (!existsSync(join(ROOT, target.product))) return `${target.product} is missing`;
  const stamp = readStamp(target);
  if (!stamp?.inputs) return 'no record of the last build';
  const changed = Object.keys({ ...inputs, ...stamp.inputs }).filter(
    (path) => inputs[path] !== stamp.inputs[path],
  );
  if (changed.length === 0) return null;
  const shown = changed.slice(0, 3).join(', ');
  return `${changed.length} file${changed.length > 1 ? 's' : ''} changed (${shown}${changed.length > 3 ? ', ...' : ''})`;
}

/** Runs a command in the foreground, its output passed through; throws if it fails. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`,
    );
  }
}

/**
 * swc, with the options of .swcrc (the ones the tests and `npm run cli` run
 * with), into dist/ laid out as `nest build` lays it out (dist/src/main.js,
 * dist/migrations/*.js); JSON and .gql files are copied beside.
 */
async function buildServer() {
  const swc = await import('@swc/core');
  const out = join(ROOT, 'dist');
  rmSync(out, { recursive: true, force: true });
  const files = ['src', 'migrations']
    .flatMap((d) => walk(d))
    .filter((f) => !f.endsWith('.spec.ts') && !f.endsWith('.d.ts'));
  await Promise.all(
    files.map(async (file) => {
      const src = join(ROOT, file);
      if (!file.endsWith('.ts')) {
        mkdirSync(dirname(join(out, file)), { recursive: true });
        writeFileSync(join(out, file), readFileSync(src));
        return;
      }
      const js = join(out, file.replace(/\.ts$/, '.js'));
      const { code, map } = await swc.transformFile(src, {
        cwd: ROOT,
        swcrc: true,
        sourceMaps: true,
        sourceFileName: relative(dirname(js), src),
      });
      mkdirSync(dirname(js), { recursive: true });
      const name = `${js.slice(dirname(js).length + 1)}.map`;
      writeFileSync(js, `${code}\n//# sourceMappingURL=${name}\n`);
      if (map) writeFileSync(`${js}.map`, map);
    }),
  );
}

/** Vite's production build (the mode sets NODE_ENV, see vite.config.ts), then the size budget. */
async function buildClient() {
  const client = join(ROOT, 'client');
  const vite = join(client, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) throw new Error('client/node_modules is missing: run npm install');
  run(process.execPath, [vite, 'build', '--mode', 'production', '--logLevel', 'warn'], client);
  run(process.execPath, ['scripts/bundle-size.mjs'], client);
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const afterInstall = args.includes('--after-install');
  const named = args.filter((a) => !a.startsWith('--'));
  const unknown = named.filter((n) => !(n in TARGETS));
  if (unknown.length) {
    console.error(`build-if-stale: unknown part ${unknown.join(', ')} (server, client)`);
    process.exit(2);
  }
  const parts = named.length ? named : Object.keys(TARGETS);
  if (parts.includes('client') && !existsSync(join(ROOT, 'client', 'package.json'))) {
    parts.splice(parts.indexOf('client'), 1);
  }

  for (const name of parts) {
    const target = TARGETS[name];
    const inputs = inputsOf(target);
    const why = force ? 'asked to' : staleness(target, inputs);
    if (!why) {
      console.log(`${name}: up to date`);
      continue;
    }
    console.log(`${name}: building (${why})`);
    const started = Date.now();
    try {
      rmSync(join(ROOT, target.out, STAMP), { force: true });
      await target.build();
    } catch (err) {
      // swc's messages name the file and line, then add a Rust backtrace no one needs.
      const message = String(err instanceof Error ? err.message : err).split(
        /\n\s*Stack backtrace:/,
      )[0];
      console.error(`${name}: the build failed: ${message.trimEnd()}`);
      if (afterInstall) {
        console.error(`${name}: npm start will try again.`);
        continue;
      }
      process.exit(1);
    }
    // The hash taken before the build: a file edited during it makes the next run build again.
    writeFileSync(
      join(ROOT, target.out, STAMP),
      `${JSON.stringify({ builtAt: new Date().toISOString(), inputs }, null, 1)}\n`,
    );
    console.log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

await main();
