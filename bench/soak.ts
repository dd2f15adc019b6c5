/**
 * `npm run soak` (not part of `npm test`): the production build under load,
 * then under load while PostgreSQL goes away and comes back.
 *
 * 1. Starts PostgreSQL (below), creates a throwaway database, migrates it,
 *    generates needs, solutions, matches, threads and SOAK_USERS users, and
 *    starts dist/src/main.js (built if missing) with NODE_ENV=production on
 *    loopback; every user signs in.
 * 2. Run 1: autocannon, one connection per signed-in user (200), for
 *    SOAK_SECONDS (60) on a mix of reads (needs pages, a need with its
 *    suggestedSolutions, threads with comments) and writes (postComment,
 *    updateNeed with the version last seen: CONFLICT is an expected outcome,
 *    counted apart). Prints requests/s, p50/p95/p99 and the errors by kind.
 * 3. Run 2: the same, and a third of the way in PostgreSQL stops for
 *    SOAK_OUTAGE_SECONDS (8) and starts again. Prints how fast requests
 *    failed while it was down, what /health said (polled every 250 ms), how
 *    long after PostgreSQL's return the server answered again (target ≤ 5 s),
 *    and the acknowledged writes (a 200 with data and no errors) against
 *    what the database holds afterwards.
 *
 * PostgreSQL: SOAK_PG=embedded (default) is the application's embedded
 * PostgreSQL in a temporary folder, stopped and started with its pg_ctl;
 * SOAK_PG=cluster is a throwaway PostgreSQL 15 cluster under /tmp (pg_ctl);
 * SOAK_PG=url uses DATABASE_URL's server and stops/starts it with
 * SOAK_PG_STOP/SOAK_PG_START (default: `pg_ctlcluster --skip-systemctl-redirect
 * 15 main stop -m fast` / `start`: the machines' own cluster; every other
 * client of that server sees the outage too).
 * SOAK_RUNS=both|steady|restart chooses the runs.
 */
import '@swc-node/register';
import 'reflect-metadata';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { migrate } from '../src/database/database';
import { ENTITIES } from '../src/entities';
import { generate } from './support/data';
import { benchPostgres, BenchPostgres, createDatabase, dropDatabase } from './support/postgres';
import { ChildServer, gql, percentile, signIn, startServer } from './support/server';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const USERS = Number(process.env.SOAK_USERS ?? 200);
const OUTAGE_SECONDS = Number(process.env.SOAK_OUTAGE_SECONDS ?? 8);
const RUNS = process.env.SOAK_RUNS ?? 'both';
const KIND = (process.env.SOAK_PG ?? 'embedded') as 'embedded' | 'cluster' | 'url';
const RUN_ID = randomBytes(3).toString('hex');

const Q = {
  needsPage: `query NeedsPage($after: String) { needs(first: 20, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id title status priority version country { code name } domains { code label } } } } }`,
  needDetail: `query NeedDetail($id: ID!) { need(id: $id) { id title description version
    country { name } domains { label } matches { id status solution { id title } }
    suggestedSolutions(first: 5) { score solution { id title provider { name } } reasons { factor contribution } }
    thread { id } } }`,
  thread: `query Thread($id: ID!) { thread(id: $id) { id subject
    comments(first: 20) { totalCount edges { node { id body createdAt author { displayName } } } } } }`,
  postComment: `mutation PostComment($input: PostCommentInput!) { postComment(input: $input) { id body } }`,
  updateNeed: `mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id version } }`,
};

/** The mix: operation and its share of requests. */
const MIX: [keyof typeof Q, number][] = [
  ['needsPage', 0.3],
  ['needDetail', 0.2],
  ['thread', 0.25],
  ['postComment', 0.15],
  ['updateNeed', 0.1],
];

/** A GraphQL response as the load generator reads it: shapes vary by operation. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GqlBody = { data?: Record<string, any>; errors?: { extensions?: Record<string, unknown> }[] };
interface HealthBody {
  status?: string;
  info?: Record<string, { status: string; message?: string }>;
  error?: Record<string, { status: string; message?: string }>;
}

interface World {
  needIds: string[];
  threadIds: string[];
  /** The version of each need last seen; updateNeed edits it. */
  versions: Map<string, number>;
}

interface Outcome {
  at: number; // ms since the run started
  ms: number;
  op: string;
  kind: string; // 'ok', 'CONFLICT', a GraphQL code, 'HTTP 503', 'connection'
}

interface RunResult {
  seconds: number;
  outcomes: Outcome[];
  acknowledgedComments: { id: string; body: string }[];
  acknowledgedEdits: { id: string; version: number }[];
  transportErrors: number;
  timeouts: number;
}

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

function chooseOp(): keyof typeof Q {
  let r = Math.random();
  for (const [op, share] of MIX) {
    if ((r -= share) < 0) return op;
  }
  return 'needsPage';
}

function bodyFor(op: keyof typeof Q, world: World, seq: number) {
  switch (op) {
    case 'needsPage':
      return { query: Q.needsPage, variables: {} };
    case 'needDetail':
      return { query: Q.needDetail, variables: { id: pick(world.needIds) } };
    case 'thread':
      return { query: Q.thread, variables: { id: pick(world.threadIds) } };
    case 'postComment':
      return {
        query: Q.postComment,
        variables: { input: { threadId: pick(world.threadIds), body: `soak ${RUN_ID} #${seq}` } },
      };
    case 'updateNeed': {
      const id = pick(world.needIds);
      const version = world.versions.get(id) ?? 1;
      const priority = pick(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
      return { query: Q.updateNeed, variables: { id, input: { version, priority } } };
    }
  }
}

async function load(
  server: ChildServer,
  tokens: string[],
  world: World,
  seconds: number,
): Promise<RunResult> {
  const outcomes: Outcome[] = [];
  const acknowledgedComments: { id: string; body: string }[] = [];
  const acknowledgedEdits: { id: string; version: number }[] = [];
  let seq = 0;
  let connection = 0;
  const start = performance.now();
  const instance = autocannon({
    url: `${server.url}/graphql`,
    connections: tokens.length,
    duration: seconds,
    // A request stuck this long counts as a timeout: far above the server's own limits.
    timeout: 20,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // One connection per user: each signs its requests with its own token.
    setupClient: (client) => {
      client.setHeaders({
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[connection++ % tokens.length]}`,
      });
    },
    requests: [
      {
        setupRequest: (req, context) => {
          const op = chooseOp();
          seq += 1;
          const body = bodyFor(op, world, seq);
          context.pending = { op, body, started: performance.now() };
          return { ...req, body: JSON.stringify(body) };
        },
        onResponse: (status, text, context) => {
          const pending = context.pending as
            | { op: keyof typeof Q; body: { variables: { id?: string } }; started: number }
            | undefined;
          if (!pending) return;
          context.pending = undefined;
          const now = performance.now();
          const o: Outcome = {
            at: now - start,
            ms: now - pending.started,
            op: pending.op,
            kind: `HTTP ${status}`,
          };
          let parsed: GqlBody | undefined;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          if (parsed?.errors?.length) {
            const ext = parsed.errors[0].extensions ?? {};
            o.kind = String(ext.code ?? 'NO_CODE');
            const id = pending.body.variables.id;
            if (o.kind === 'CONFLICT' && id && typeof ext.currentVersion === 'number') {
              world.versions.set(id, ext.currentVersion);
            }
          } else if (status === 200 && parsed?.data) {
            o.kind = 'ok';
            if (pending.op === 'postComment' && parsed.data.postComment) {
              acknowledgedComments.push(parsed.data.postComment);
            }
            if (pending.op === 'updateNeed' && parsed.data.updateNeed) {
              const { id, version } = parsed.data.updateNeed;
              acknowledgedEdits.push({ id, version });
              world.versions.set(id, version);
            }
            if (pending.op === 'needsPage') {
              for (const e of parsed.data.needs.edges)
                world.versions.set(e.node.id, e.node.version);
            }
            if (pending.op === 'needDetail' && parsed.data.need) {
              world.versions.set(parsed.data.need.id, parsed.data.need.version);
            }
          }
          outcomes.push(o);
        },
      },
    ],
  });
  const result = await instance;
  return {
    seconds: (performance.now() - start) / 1000,
    outcomes,
    acknowledgedComments,
    acknowledgedEdits,
    // autocannon's `errors` include its timeouts.
    transportErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
  };
}

const ms = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(0)} ms`);

function report(title: string, r: RunResult) {
  const all = r.outcomes.map((o) => o.ms);
  const ok = r.outcomes.filter((o) => o.kind === 'ok' || o.kind === 'CONFLICT');
  console.log(`\n${title}`);
  console.log(
    `  ${r.outcomes.length} responses in ${r.seconds.toFixed(1)} s: ${(r.outcomes.length / r.seconds).toFixed(0)} req/s` +
      `   latency p50 ${ms(percentile(all, 50))}  p95 ${ms(percentile(all, 95))}  p99 ${ms(percentile(all, 99))}  max ${ms(Math.max(...all))}`,
  );
  const kinds = new Map<string, number>();
  for (const o of r.outcomes) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
  const failures = [...kinds].filter(([k]) => k !== 'ok' && k !== 'CONFLICT');
  console.log(
    `  outcomes: ok ${kinds.get('ok') ?? 0}, CONFLICT (expected, stale version) ${kinds.get('CONFLICT') ?? 0}; ` +
      `errors ${failures.reduce((n, [, c]) => n + c, 0) + r.transportErrors + r.timeouts}` +
      (failures.length ? ` (${failures.map(([k, c]) => `${k} ${c}`).join(', ')})` : '') +
      `; connection errors ${r.transportErrors}, timeouts ${r.timeouts}`,
  );
  const byOp = new Map<string, number[]>();
  for (const o of ok) byOp.set(o.op, [...(byOp.get(o.op) ?? []), o.ms]);
  for (const [op, xs] of byOp) {
    console.log(
      `    ${op.padEnd(12)} n=${String(xs.length).padStart(6)}  p50 ${ms(percentile(xs, 50)).padStart(7)}  p95 ${ms(percentile(xs, 95)).padStart(7)}  p99 ${ms(percentile(xs, 99)).padStart(7)}`,
    );
  }
}

async function checkWrites(sql: Client, r: RunResult) {
  const ids = r.acknowledgedComments.map((c) => c.id);
  const found = (
    await sql.query<{ id: string; body: string }>(
      'SELECT id, body FROM comment WHERE id = ANY($1::uuid[])',
      [ids],
    )
  ).rows;
  const bodies = new Map(found.map((c) => [c.id, c.body]));
  const intact = r.acknowledgedComments.filter((c) => bodies.get(c.id) === c.body).length;
  const edits = r.acknowledgedEdits;
  const versions = new Map(
    (
      await sql.query<{ id: string; version: number }>(
        'SELECT id, version FROM need WHERE id = ANY($1::uuid[])',
        [[...new Set(edits.map((e) => e.id))]],
      )
    ).rows.map((n) => [n.id, n.version]),
  );
  const kept = edits.filter((e) => (versions.get(e.id) ?? 0) >= e.version).length;
  console.log(
    `  acknowledged writes: comments ${ids.length} acknowledged, ${intact} found with their body` +
      `; need edits ${edits.length} acknowledged, ${kept} found (version at least the acknowledged one)`,
  );
  return intact === ids.length && kept === edits.length;
}

async function restartRun(
  server: ChildServer,
  pg: BenchPostgres,
  tokens: string[],
  world: World,
): Promise<RunResult & { ok: boolean }> {
  const health: { at: number; status: number; summary: string }[] = [];
  const t0 = performance.now();
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const started = performance.now();
      let status = 0;
      let summary = '';
      try {
        const res = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(5000) });
        status = res.status;
        const text = await res.text();
        let body: HealthBody = {};
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: shown as is
        }
        const db = body.error?.database ?? body.info?.database;
        summary = db
          ? `${body.status}; database ${db.status}${db.message ? ` (${db.message})` : ''}`
          : text.replace(/\s+/g, ' ');
        summary += ` [${(performance.now() - started).toFixed(0)} ms]`;
      } catch (err) {
        summary = `no answer: ${(err as Error).message}`;
      }
      health.push({ at: started - t0, status, summary });
      await new Promise((r) => setTimeout(r, 250));
    }
  })();

  let downAt = 0;
  let upAt = 0;
  let recoveredAt = 0;
  const probeToken = tokens[0];
  const outage = (async () => {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
    downAt = performance.now() - t0;
    pg.down();
    const stoppedAt = performance.now() - t0;
    console.log(
      `  PostgreSQL stopped at ${(downAt / 1000).toFixed(1)} s (stop took ${(stoppedAt - downAt).toFixed(0)} ms)`,
    );
    await new Promise((r) => setTimeout(r, OUTAGE_SECONDS * 1000));
    const startAt = performance.now() - t0;
    await pg.up();
    upAt = performance.now() - t0;
    console.log(
      `  PostgreSQL accepting connections again at ${(upAt / 1000).toFixed(1)} s (start took ${(upAt - startAt).toFixed(0)} ms)`,
    );
    // Recovery: the first signed-in read that succeeds after PostgreSQL is back.
    for (;;) {
      const res = await gql(server.url, '{ me { id } }', {}, probeToken).catch(() => null);
      if (res?.data?.me) {
        recoveredAt = performance.now() - t0;
        return;
      }
      if (performance.now() - t0 - upAt > 60_000) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  const result = await load(server, tokens, world, SECONDS);
  await outage;
  polling = false;
  await poll;

  // The run's own clock started a moment after t0; close enough at 250 ms polling.
  const during = result.outcomes.filter((o) => o.at >= downAt && o.at <= upAt);
  const failedDuring = during.filter((o) => o.kind !== 'ok' && o.kind !== 'CONFLICT');
  const failMs = failedDuring.map((o) => o.ms);
  const kinds = new Map<string, number>();
  for (const o of failedDuring) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
  console.log(
    `  while PostgreSQL was down (${((upAt - downAt) / 1000).toFixed(1)} s): ${during.length} responses, ${failedDuring.length} failed` +
      ` (${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ') || 'none'}); failures answered in p50 ${ms(percentile(failMs, 50))}, p99 ${ms(percentile(failMs, 99))}, max ${ms(failMs.length ? Math.max(...failMs) : undefined)}`,
  );
  const probeRecovery = recoveredAt ? recoveredAt - upAt : undefined;
  // The load's own view: the first acknowledged response once PostgreSQL was back.
  const firstOk = result.outcomes.find((o) => o.at > upAt && o.kind === 'ok');
  const loadRecovery = firstOk ? firstOk.at - upAt : undefined;
  const recovery =
    probeRecovery === undefined ? loadRecovery : Math.min(probeRecovery, loadRecovery ?? Infinity);
  const windows = new Map<number, { ok: number; failed: number }>();
  for (const o of result.outcomes) {
    const w = Math.floor(o.at / 5000);
    const cell = windows.get(w) ?? { ok: 0, failed: 0 };
    if (o.kind === 'ok' || o.kind === 'CONFLICT') cell.ok += 1;
    else cell.failed += 1;
    windows.set(w, cell);
  }
  console.log(
    `  responses per 5 s (ok/failed): ${[...windows]
      .sort((a, b) => a[0] - b[0])
      .map(([w, c]) => `${w * 5}s ${c.ok}/${c.failed}`)
      .join(', ')}`,
  );
  console.log(
    `  first acknowledged response of the load after PostgreSQL's return: ${loadRecovery === undefined ? 'none' : `${(loadRecovery / 1000).toFixed(2)} s`}`,
  );
  console.log(
    `  recovery: a separate signed-in probe ({ me }) was answered ${probeRecovery === undefined ? 'NEVER (60 s)' : `${(probeRecovery / 1000).toFixed(2)} s`} after PostgreSQL was back; recovery ${recovery === undefined ? 'NONE' : `${(recovery / 1000).toFixed(2)} s`} (target ≤ 5 s)`,
  );
  // /health, condensed into spans of the same answer.
  const spans: { from: number; to: number; status: number; summary: string }[] = [];
  for (const h of health) {
    const last = spans[spans.length - 1];
    const same = (a: string, b: string) =>
      a.replace(/ \[\d+ ms\]$/, '') === b.replace(/ \[\d+ ms\]$/, '');
    if (last && last.status === h.status && same(last.summary, h.summary)) last.to = h.at;
    else spans.push({ from: h.at, to: h.at, status: h.status, summary: h.summary });
  }
  console.log('  /health, polled every 250 ms:');
  for (const s of spans) {
    console.log(
      `    ${(s.from / 1000).toFixed(1).padStart(5)}–${(s.to / 1000).toFixed(1).padEnd(5)} s  HTTP ${s.status}  ${s.summary.slice(0, 140)}`,
    );
  }
  const healthDown = health.filter(
    (h) => h.at > downAt + 500 && h.at < upAt && h.status === 503,
  ).length;
  const healthWhileDown = health.filter((h) => h.at > downAt + 500 && h.at < upAt).length;
  console.log(
    `  /health said 503 in ${healthDown} of ${healthWhileDown} polls while PostgreSQL was down`,
  );
  return { ...result, ok: recovery !== undefined && recovery <= 5000 };
}

async function main() {
  const pg = await benchPostgres(KIND, process.env.DATABASE_URL);
  const name = `d4d_soak_${RUN_ID}`;
  const url = await createDatabase(pg.url, name);
  let server: ChildServer | undefined;
  const sql = new Client({ connectionString: url });
  sql.on('error', () => undefined); // the outage cuts this connection too; it reconnects below
  try {
    console.log(
      `D4D Match soak: ${USERS} users, ${SECONDS} s per run, PostgreSQL: ${pg.kind}${KIND !== 'url' ? ' (throwaway)' : ''}`,
    );
    await migrate(url, ENTITIES);
    await sql.connect();
    const data = await generate(sql, { needs: 300, solutions: 200, users: USERS, tag: 'soak' });
    await sql.end();
    server = await startServer(url);
    const started = performance.now();
    const tokens: string[] = [];
    for (let i = 0; i < data.coordinatorEmails.length; i += 8) {
      const batch = data.coordinatorEmails.slice(i, i + 8);
      tokens.push(...(await Promise.all(batch.map((e) => signIn(server!.url, e, data.password)))));
    }
    console.log(
      `  ${tokens.length} users signed in (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    const read = new Client({ connectionString: url });
    await read.connect();
    const needIds = (await read.query<{ id: string }>('SELECT id FROM need')).rows.map((r) => r.id);
    const threadIds = (await read.query<{ id: string }>('SELECT id FROM thread')).rows.map(
      (r) => r.id,
    );
    await read.end();
    const world: World = { needIds, threadIds, versions: new Map() };

    let allKept = true;
    if (RUNS !== 'restart') {
      const steady = await load(server, tokens, world, SECONDS);
      report(`Run 1: steady load, ${USERS} connections (one per user), ${SECONDS} s`, steady);
      const check = new Client({ connectionString: url });
      await check.connect();
      allKept = (await checkWrites(check, steady)) && allKept;
      await check.end();
    }
    let recovered = true;
    if (RUNS !== 'steady') {
      console.log(
        `\nRun 2: the same load; PostgreSQL stops at ${(SECONDS / 3).toFixed(0)} s for ${OUTAGE_SECONDS} s`,
      );
      const restart = await restartRun(server, pg, tokens, world);
      report('  Run 2 figures', restart);
      recovered = restart.ok;
      const check = new Client({ connectionString: url });
      await check.connect();
      allKept = (await checkWrites(check, restart)) && allKept;
      const [{ count }] = (
        await check.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1 AND application_name = 'd4d-match'`,
          [name],
        )
      ).rows;
      await check.end();
      // Requests the server had already received finish after the load stops: let them.
      await new Promise((r) => setTimeout(r, 3000));
      const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text());
      const gauge = (n: string) =>
        /^(\S+) (\S+)$/m.exec(metrics.split('\n').find((l) => l.startsWith(`${n} `)) ?? '')?.[2];
      console.log(
        `  afterwards: ${count} server connections in PostgreSQL; pool: ${gauge('d4d_db_pool_connections')} open, ` +
          `${gauge('d4d_db_pool_idle_connections')} idle, ${gauge('d4d_db_pool_waiting_requests')} waiting (max ${gauge('d4d_db_pool_max_connections')})`,
      );
    }
    console.log(
      `\n${allKept ? 'Every acknowledged write is in the database.' : 'SOME ACKNOWLEDGED WRITES ARE MISSING.'}` +
        `${RUNS !== 'steady' ? (recovered ? ' Recovered within 5 s.' : ' DID NOT RECOVER WITHIN 5 s.') : ''}`,
    );
    if (!allKept || !recovered) process.exitCode = 1;
  } catch (err) {
    console.error(err);
    if (server) console.error(server.output().slice(-3000));
    process.exitCode = 1;
  } finally {
    await server?.stop().catch(() => undefined);
    await dropDatabase(pg.url, name).catch(() => undefined);
    await pg.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
