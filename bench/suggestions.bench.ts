/**
 * `npm run bench`: the matching engine against a naive baseline, in one run.
 *
 * On a throwaway database (BENCH_DATABASE_URL or TEST_DATABASE_URL's server,
 * else an embedded PostgreSQL in a temporary folder) it generates 100,000
 * published solutions (1,000,000 with --large), starts the real server and
 * times `suggestedSolutions(first: 10)` through /graphql: ranked afresh
 * (the first request for a need), read from the stored ranking (the next
 * ones), and patched (the first request after a solution was edited: the
 * changed solutions scored again for the need); then, in the same
 * process, times a naive engine that loads every candidate and scores it in
 * Node. It prints p50 and p95 of each and the ratios.
 */
import '@swc-node/register';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { Role } from '../src/common/enums';
import { migrate } from '../src/database/database';
import { ENTITIES } from '../src/entities';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { crossLanguageTerms, foldText } from '../src/matching/vocabulary';
import { COUNTRY_FIT, maturityValue, WEIGHTS } from '../src/matching/ranking';
import { DEMO_NEEDS } from '../src/seed/demo-data/needs';
import { DEMO_SOLUTIONS } from '../src/seed/demo-data/solutions';
import { passwords } from '../src/users/passwords';

const LARGE = process.argv.includes('--large');
const SOLUTIONS = LARGE ? 1_000_000 : 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 20);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function server(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'd4d-bench-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres(dir, 0);
  return {
    url: db.url,
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** Variations of the demo solutions: same vocabulary, shuffled, so the text index is realistic. */
async function generate(db: DataSource, providerId: string, userId: string, from: number) {
  const countries = [
    'SN',
    'CV',
    'BF',
    'NE',
    'ML',
    'RW',
    'BJ',
    'CI',
    'GH',
    'TN',
    'XK',
    'LA',
    'KE',
    'UG',
    'LU',
    'FR',
    'MA',
  ];
  const maturities = ['IDEA', 'PROTOTYPE', 'PILOT', 'DEPLOYED', 'SCALED'];
  const words = DEMO_SOLUTIONS.flatMap((s) => s.description.split(/\s+/)).filter(
    (w) => w.length > 3,
  );
  const pick = <T>(xs: T[], i: number) => xs[i % xs.length];
  const batch = 5000;
  for (let start = from; start < SOLUTIONS; start += batch) {
    const rows = Array.from({ length: Math.min(batch, SOLUTIONS - start) }, (_, k) => {
      const i = start + k;
      const base = pick(DEMO_SOLUTIONS, i * 7919);
      const filler = Array.from({ length: 40 }, (_, j) => pick(words, i * 31 + j * 977)).join(' ');
      return {
        title: `${base.title} (${i})`,
        summary: base.summary,
        description: `${filler}. ${base.description.slice(0, 300)}`,
        domains: `{${base.domainCodes.join(',')}}`,
        principles: `{${base.principleCodes.join(',')}}`,
        tags: `{${base.tags.map((t) => `"${t}"`).join(',')}}`,
        maturity: pick(maturities, i * 13),
        openSource: i % 3 === 0,
        countries: `{${[pick(countries, i), pick(countries, i * 5 + 1)].join(',')}}`,
      };
    });
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    // Inserting is slow on a loaded machine; the server's statement timeout is for requests, not this.
    await db.transaction(async (tx) => {
      await tx.query('SET LOCAL statement_timeout = 0');
      await tx.query(
        `INSERT INTO solution (title, summary, description, provider_id, domain_codes, principle_codes, tags, maturity,
         open_source, country_codes_deployed, status, created_by_id)
       SELECT t, s, d, $10, dc::varchar[], pc::varchar[], tg::varchar[], m::maturity, os, cc::varchar[], 'PUBLISHED', $11
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::text[])
         AS x(t, s, d, dc, pc, tg, m, os, cc)`,
        [
          col('title'),
          col('summary'),
          col('description'),
          col('domains'),
          col('principles'),
          col('tags'),
          col('maturity'),
          col('openSource'),
          col('countries'),
          providerId,
          userId,
        ],
      );
    });
    process.stdout.write(`\r  generated ${start + rows.length} solutions`);
  }
  process.stdout.write('\n');
  await db.query('ANALYZE solution');
}

interface Candidate {
  id: string;
  title: string;
  summary: string;
  description: string;
  tags: string[];
  domain_codes: string[];
  principle_codes: string[];
  maturity: string;
  open_source: boolean;
  country_codes_deployed: string[];
}

/** The baseline: what one would write without the database's help. */
async function naiveSuggestions(
  db: DataSource,
  need: {
    title: string;
    description: string;
    tags: string[];
    domainCodes: string[];
    principleCodes: string[];
    countryCode: string;
  },
  region: string[],
) {
  const candidates: Candidate[] = await db.query(
    `SELECT id, title, summary, description, tags, domain_codes, principle_codes, maturity, open_source, country_codes_deployed
     FROM solution WHERE status = 'PUBLISHED'`,
  );
  const needWords = new Set(
    foldText(`${need.title} ${need.tags.join(' ')}`)
      .trim()
      .split(' ')
      .filter((w) => w.length > 3),
  );
  const phrases = crossLanguageTerms(`${need.title} ${need.description}`).map(foldText);
  const scored = candidates.map((c) => {
    const text = foldText(`${c.title} ${c.summary} ${c.tags.join(' ')} ${c.description}`);
    const hits =
      [...needWords].filter((w) => text.includes(` ${w} `)).length +
      phrases.filter((p) => text.includes(p)).length;
    const domains =
      c.domain_codes.filter((d) => need.domainCodes.includes(d)).length / need.domainCodes.length;
    const country = c.country_codes_deployed.includes(need.countryCode)
      ? COUNTRY_FIT.same
      : c.country_codes_deployed.some((x) => region.includes(x))
        ? COUNTRY_FIT.region
        : 0;
    const offered = [...c.principle_codes, ...(c.open_source ? ['OPEN_STANDARDS'] : [])];
    const principles = need.principleCodes.length
      ? need.principleCodes.filter((p) => offered.includes(p)).length / need.principleCodes.length
      : 0;
    const score =
      WEIGHTS.domains * domains +
      WEIGHTS.text * (hits / (hits + 3)) +
      WEIGHTS.country * country +
      WEIGHTS.maturity * maturityValue(c.maturity) +
      WEIGHTS.principles * principles;
    return { id: c.id, score };
  });
  return scored.sort((a, b) => b.score - a.score).slice(0, 10);
}

async function main() {
  const pg = await server();
  // BENCH_DB_NAME keeps the generated database between runs (for tuning); otherwise it is thrown away.
  const kept = process.env.BENCH_DB_NAME;
  const name = kept ?? `d4d_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: withDb(pg.url, 'postgres') });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
    .rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  const url = withDb(pg.url, name);
  process.env.JWT_SECRET ??= 'bench-secret-that-is-long-enough-for-hs256';
  // One user sends every timed request: the per-user rate limit is not what is measured.
  process.env.RATE_LIMIT_PER_USER ??= '1000000';
  process.env.RATE_LIMIT_PER_IP ??= '1000000';
  try {
    console.log(
      `D4D Match bench: ${SOLUTIONS.toLocaleString('en')} solutions, ${RUNS} timed requests`,
    );
    await migrate(url, ENTITIES);
    const app = await createApp(url, 'error');
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    const db = app.get(DataSource);
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM solution');
    let [user] = await db.query(`SELECT id FROM "user" WHERE email = 'bench@d4d.lu'`);
    if (count < SOLUTIONS) {
      // A kept database whose generation was interrupted goes on where it stopped.
      let [org] = await db.query(`SELECT id FROM organization WHERE name = 'Bench provider'`);
      org ??= (
        await db.query(
          `INSERT INTO organization (name, kind) VALUES ('Bench provider', 'PRIVATE_SECTOR') RETURNING id`,
        )
      )[0];
      user ??= (
        await db.query(
          `INSERT INTO "user" (email, display_name, password_hash, role) VALUES ('bench@d4d.lu', 'Bench', $1, $2) RETURNING id`,
          [await passwords.hash('bench password'), Role.COORDINATOR],
        )
      )[0];
      const started = performance.now();
      await generate(db, org.id, user.id, count);
      console.log(`  data generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    // Needs from an earlier run of a kept database would be ranked too; start from none.
    await db.query('DELETE FROM need');
    const needs = DEMO_NEEDS.slice(0, 20);
    const needIds: string[] = [];
    for (const n of needs) {
      const [row] = await db.query(
        `INSERT INTO need (title, description, country_code, domain_codes, principle_codes, tags, status, visibility, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, 'OPEN', 'PUBLIC', $7) RETURNING id`,
        [n.title, n.description, n.countryCode, n.domainCodes, n.principleCodes, n.tags, user.id],
      );
      needIds.push(row.id);
    }
    const gql = async (query: string, variables: object, token?: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    const login = await gql(
      'mutation { login(input: { email: "bench@d4d.lu", password: "bench password" }) { accessToken } }',
      {},
    );
    const token = login.data.login.accessToken as string;
    const QUERY =
      'query($id: ID!) { need(id: $id) { suggestedSolutions(first: 10) { score solution { id title } reasons { factor contribution detail } } } }';

    // The first request for each need ranks it afresh (and stores the ranking); later ones read
    // the stored ranking until the need or the catalogue changes. Both are timed, apart.
    const cold: number[] = [];
    const engine: number[] = [];
    for (let i = 0; i < RUNS + needIds.length; i += 1) {
      const t0 = performance.now();
      const res = await gql(QUERY, { id: needIds[i % needIds.length] }, token);
      const elapsed = performance.now() - t0;
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      (i < needIds.length ? cold : engine).push(elapsed);
    }

    // The first request after a solution changed: one solution edited, then one need asked for,
    // in turn. Its stored ranking is patched (the changed solutions scored again), not redone.
    const patched: number[] = [];
    for (let i = 0; i < needIds.length * 2; i += 1) {
      await db.query(
        `UPDATE solution SET maturity = (CASE WHEN maturity = 'SCALED' THEN 'PILOT' ELSE 'SCALED' END)::maturity
         WHERE id = (SELECT id FROM solution WHERE status = 'PUBLISHED' OFFSET floor(random() * 1000) LIMIT 1)`,
      );
      const t0 = performance.now();
      const res = await gql(QUERY, { id: needIds[i % needIds.length] }, token);
      const elapsed = performance.now() - t0;
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      patched.push(elapsed);
    }

    const regions: Record<string, string[]> = {};
    const countries: { code: string; region: string }[] = await db.query(
      'SELECT code, region FROM country',
    );
    for (const n of needs) {
      const region = countries.find((c) => c.code === n.countryCode)?.region;
      regions[n.countryCode] = countries.filter((c) => c.region === region).map((c) => c.code);
    }
    const baseline: number[] = [];
    for (let i = 0; i < BASELINE_RUNS; i += 1) {
      const n = needs[i % needs.length];
      const t0 = performance.now();
      await naiveSuggestions(db, n, regions[n.countryCode]);
      baseline.push(performance.now() - t0);
    }

    const row = (label: string, xs: number[]) =>
      console.log(
        `  ${label.padEnd(52)} p50 ${ms(percentile(xs, 50)).padStart(10)}   p95 ${ms(percentile(xs, 95)).padStart(10)}   (n=${xs.length})`,
      );
    console.log(`\nsuggestedSolutions(first: 10) at ${SOLUTIONS.toLocaleString('en')} solutions`);
    row('engine, stored ranking, through /graphql', engine);
    row('engine, stored ranking patched after solution edits', patched);
    row('engine, ranked afresh (first request for a need)', cold);
    row('naive baseline, in process (load all, score in Node)', baseline);
    const ratio = (xs: number[], p: number) =>
      (percentile(baseline, p) / percentile(xs, p)).toFixed(1);
    console.log(
      `  ratio baseline / engine (stored): p50 ${ratio(engine, 50)}×, p95 ${ratio(engine, 95)}×` +
        `   (targets: engine p95 ≤ 50 ms, ≥ 10× faster)`,
    );
    console.log(
      `  ratio baseline / engine (patched): p50 ${ratio(patched, 50)}×, p95 ${ratio(patched, 95)}×`,
    );
    console.log(
      `  ratio baseline / engine (afresh): p50 ${ratio(cold, 50)}×, p95 ${ratio(cold, 95)}×`,
    );
    await app.close();
  } finally {
    if (!kept)
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await pg.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
