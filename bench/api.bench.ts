/**
 * `npm run bench:api` (also the second half of `npm run bench`): what the
 * GraphQL layer costs, side by side, in one run on a throwaway database.
 *
 * 1. A page of 50 needs with country, domains, matches → solution → provider:
 *    through /graphql of the production build, against the same JSON from one
 *    hand-written json_agg query sent with pg. Both are checked equal; p50 of
 *    each and their ratio (target ≤ 2), and the SQL statements per GraphQL
 *    request (counted by an in-process server with a TypeORM logger).
 * 2. Signed-in `needs(first: 20)` requests per second against the same
 *    server's `{ __typename }`, with autocannon (target ratio ≥ 0.4).
 *
 * The database: BENCH_DATABASE_URL's server if set, else an embedded
 * PostgreSQL in a temporary folder (BENCH_PG=cluster: a throwaway
 * PostgreSQL 15 cluster). BENCH_RUNS (default 200) timed page requests;
 * BENCH_API_SECONDS (default 10) per throughput run; BENCH_CONNECTIONS (20).
 */
import '@swc-node/register';
import 'reflect-metadata';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createApp } from '../src/bootstrap';
import { migrate } from '../src/database/database';
import { ENTITIES } from '../src/entities';
import { StatementCounter } from '../test/support/app';
import { generate } from './support/data';
import { benchPostgres, BenchPostgres, createDatabase, dropDatabase } from './support/postgres';
import { gql, percentile, signIn, startServer } from './support/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const PAGE = `query NeedsPage {
  needs(first: 50) {
    edges {
      node {
        id
        title
        country { code name }
        domains { code label }
        matches { id status score solution { id title provider { id name } } }
      }
    }
  }
}`;

/** The same page in one statement: what a hand-tuned endpoint would send. */
const PAGE_SQL = `
SELECT json_build_object('needs', json_build_object('edges', coalesce(json_agg(
         json_build_object('node', p.node) ORDER BY p.created_at DESC, p.id DESC), '[]'))) AS data
FROM (
  SELECT n.id, n.created_at, json_build_object(
    'id', n.id,
    'title', n.title,
    'country', json_build_object('code', c.code, 'name', c.name),
    'domains', (SELECT coalesce(json_agg(json_build_object('code', d.code, 'label', d.label) ORDER BY x.k), '[]')
                FROM unnest(n.domain_codes) WITH ORDINALITY AS x(code, k) JOIN domain d ON d.code = x.code),
    'matches', (SELECT coalesce(json_agg(json_build_object(
                  'id', m.id, 'status', m.status, 'score', m.score,
                  'solution', json_build_object('id', s.id, 'title', s.title,
                    'provider', json_build_object('id', o.id, 'name', o.name)))
                  ORDER BY m.created_at DESC), '[]')
                FROM match m JOIN solution s ON s.id = m.solution_id JOIN organization o ON o.id = s.provider_id
                WHERE m.need_id = n.id)
  ) AS node
  FROM need n JOIN country c ON c.code = n.country_code
  ORDER BY n.created_at DESC, n.id DESC
  LIMIT 50
) p`;

const NEEDS_20 =
  'query NeedsList { needs(first: 20) { totalCount edges { node { id title status priority country { code name } } } } }';
const TYPENAME = '{ __typename }';

const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * CPU time (user + system) a process has used, in ms, from /proc (Linux):
 * per request, it is steadier than requests per second on a shared machine.
 */
function cpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

async function throughput(
  url: string,
  query: string,
  token: string,
  seconds: number,
  serverPid?: number,
) {
  const cpuBefore = serverPid ? cpuMs(serverPid) : undefined;
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const cpuAfter = serverPid ? cpuMs(serverPid) : undefined;
  const served = result.requests.total;
  return {
    cpuPerRequest:
      cpuBefore !== undefined && cpuAfter !== undefined && served > 0
        ? (cpuAfter - cpuBefore) / served
        : undefined,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function main() {
  const given = process.env.BENCH_DATABASE_URL;
  const pg: BenchPostgres = await benchPostgres(
    given ? 'url' : process.env.BENCH_PG === 'cluster' ? 'cluster' : 'embedded',
    given,
  );
  const name = `d4d_api_bench_${randomBytes(4).toString('hex')}`;
  const url = await createDatabase(pg.url, name);
  let stopServer: (() => Promise<void>) | undefined;
  try {
    console.log(`D4D Match API bench (${pg.kind} PostgreSQL)`);
    await migrate(url, ENTITIES);
    const sql = new Client({ connectionString: url });
    sql.on('error', () => undefined); // the server's shutdown at the end, not a finding
    await sql.connect();
    const started = performance.now();
    const data = await generate(sql, { needs: 500, solutions: 300, users: 1, tag: 'api' });
    console.log(
      `  data: 500 needs, 300 solutions, 1,500 matches (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );

    const server = await startServer(url);
    stopServer = server.stop;
    const token = await signIn(server.url, data.coordinatorEmails[0], data.password);

    // 1. The page of 50, both ways; the two must be the same JSON.
    const viaGraphql = await gql(server.url, PAGE, {}, token);
    if (viaGraphql.errors) throw new Error(JSON.stringify(viaGraphql.errors));
    const viaSql = (await sql.query(PAGE_SQL)).rows[0].data;
    if (!isDeepStrictEqual(viaGraphql.data, viaSql)) {
      throw new Error('GraphQL and json_agg gave different JSON: the comparison would be unfair');
    }
    const graphqlTimes: number[] = [];
    const sqlTimes: number[] = [];
    for (let i = 0; i < RUNS + 20; i += 1) {
      let t0 = performance.now();
      const res = await gql(server.url, PAGE, {}, token);
      const g = performance.now() - t0;
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      t0 = performance.now();
      await sql.query(PAGE_SQL);
      const s = performance.now() - t0;
      if (i >= 20) {
        graphqlTimes.push(g);
        sqlTimes.push(s);
      }
    }

    // Statements per request: the same operation on an in-process server that logs every statement.
    const counter = new StatementCounter();
    process.env.JWT_SECRET ??= 'bench-and-soak-secret-long-enough-for-hs256';
    const probe = await createApp(url, 'error', { queryLogger: counter });
    await probe.listen(0, '127.0.0.1');
    const probeUrl = `http://127.0.0.1:${(probe.getHttpServer().address() as { port: number }).port}`;
    const probeToken = await signIn(probeUrl, data.coordinatorEmails[0], data.password);
    await gql(probeUrl, PAGE, {}, probeToken); // warm: reference data, vocabulary
    counter.reset();
    await gql(probeUrl, PAGE, {}, probeToken);
    const pageStatements = counter.count;
    const pageList = [...counter.statements];
    counter.reset();
    await gql(probeUrl, NEEDS_20, {}, probeToken);
    const listStatements = counter.count;
    const listList = [...counter.statements];
    await probe.close();

    // 2. Throughput, same server, same token; a short warm-up first.
    await throughput(server.url, NEEDS_20, token, 2);
    const needs = await throughput(server.url, NEEDS_20, token, SECONDS, server.pid);
    const bare = await throughput(server.url, TYPENAME, token, SECONDS, server.pid);

    const p50g = percentile(graphqlTimes, 50);
    const p50s = percentile(sqlTimes, 50);
    const row = (label: string, xs: number[]) =>
      console.log(
        `  ${label.padEnd(52)} p50 ${ms(percentile(xs, 50)).padStart(9)}   p95 ${ms(percentile(xs, 95)).padStart(9)}   (n=${xs.length})`,
      );
    console.log('\nA page of 50 needs with country, domains, matches → solution → provider');
    row('GraphQL, through /graphql (HTTP, auth, resolvers)', graphqlTimes);
    row('one json_agg statement, with pg in process', sqlTimes);
    console.log(
      `  ratio GraphQL / json_agg: p50 ${(p50g / p50s).toFixed(2)}×   (target ≤ 2×)   SQL statements per GraphQL request: ${pageStatements}`,
    );
    if (process.env.BENCH_VERBOSE)
      for (const s of pageList) console.log(`    ${s.replace(/\s+/g, ' ').slice(0, 400)}`);
    console.log(
      `\nRequests per second, ${CONNECTIONS} connections, ${SECONDS} s each, one signed-in user (the production build)`,
    );
    const line = (label: string, r: Awaited<ReturnType<typeof throughput>>) =>
      console.log(
        `  ${label.padEnd(52)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   server CPU ${r.cpuPerRequest?.toFixed(2) ?? '?'} ms/request   non-2xx ${r.non2xx}   errors ${r.errors}`,
      );
    line(`needs(first: 20) (${listStatements} SQL statements)`, needs);
    if (process.env.BENCH_VERBOSE)
      for (const s of listList) console.log(`    ${s.replace(/\s+/g, ' ').slice(0, 400)}`);
    line('{ __typename }', bare);
    console.log(
      `  ratio needs / __typename: ${(needs.rps / bare.rps).toFixed(2)}   (target ≥ 0.4)` +
        (needs.cpuPerRequest && bare.cpuPerRequest
          ? `;   by the server's CPU per request: ${(bare.cpuPerRequest / needs.cpuPerRequest).toFixed(2)} (PostgreSQL's and the load generator's share aside)`
          : ''),
    );
    await sql.end();
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  } finally {
    await stopServer?.().catch(() => undefined);
    await dropDatabase(pg.url, name).catch(() => undefined);
    await pg.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
