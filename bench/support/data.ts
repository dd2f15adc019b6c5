/**
 * Generated records for the API bench and the soak: organisations,
 * published solutions, open needs with one to three domains, a few matches
 * per need, the threads every record has, and signed-in users. Written with
 * set-wise SQL (fast), with distinct creation times so that every order the
 * API uses is deterministic.
 */
import { Role } from '../../src/common/enums';
import { passwords } from '../../src/users/passwords';

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface Generated {
  coordinatorEmails: string[];
  password: string;
}

/** Rows from a pg Client's result or a TypeORM DataSource's. */
const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;

const COUNTRIES = ['SN', 'CV', 'BF', 'NE', 'ML', 'RW', 'BJ', 'CI', 'GH', 'TN', 'XK', 'LA'];

export async function generate(
  db: Queryable,
  opts: { needs: number; solutions: number; organizations?: number; users: number; tag: string },
): Promise<Generated> {
  const password = 'bench password of some length';
  const hash = await passwords.hash(password);
  const orgs = opts.organizations ?? 10;
  const domains = rowsOf<{ code: string }>(
    await db.query('SELECT code FROM domain ORDER BY position'),
  );
  const codes = domains.map((d) => d.code);
  await db.query(
    `INSERT INTO organization (name, kind) SELECT $1 || ' provider ' || i, 'PRIVATE_SECTOR' FROM generate_series(1, $2) i`,
    [opts.tag, orgs],
  );
  await db.query(
    `INSERT INTO "user" (email, display_name, password_hash, role)
     SELECT 'user' || i || '.' || $1 || '@bench.d4d.lu', 'Bench user ' || i, $2, $3 FROM generate_series(1, $4) i`,
    [opts.tag, hash, Role.COORDINATOR, opts.users],
  );
  const [author] = rowsOf<{ id: string }>(
    await db.query(`SELECT id FROM "user" WHERE email = $1`, [`user1.${opts.tag}@bench.d4d.lu`]),
  );
  await db.query(
    `INSERT INTO solution (title, summary, description, provider_id, domain_codes, maturity, status, created_by_id, created_at)
     SELECT 'Solution ' || i, 'Summary of solution ' || i, 'A longer description of solution ' || i,
            (SELECT id FROM organization WHERE name = $1 || ' provider ' || (1 + i % $2)),
            ARRAY[($3::varchar[])[1 + i % cardinality($3::varchar[])]], 'PILOT', 'PUBLISHED', $4,
            now() - make_interval(secs => i)
     FROM generate_series(1, $5) i`,
    [opts.tag, orgs, codes, author.id, opts.solutions],
  );
  await db.query(
    `INSERT INTO need (title, description, country_code, domain_codes, status, visibility, created_by_id, created_at)
     SELECT 'Need ' || i, 'What partner ' || i || ' needs, described at some length for realism.',
            ($1::varchar[])[1 + i % cardinality($1::varchar[])],
            coalesce((SELECT array_agg(c ORDER BY k) FROM (SELECT c, k FROM unnest($2::varchar[]) WITH ORDINALITY AS x(c, k)
              WHERE k % 7 = i % 7 OR k % 5 = i % 5 ORDER BY k LIMIT 3) y), ARRAY[($2::varchar[])[1]]),
            'OPEN', 'PUBLIC', $3, now() - make_interval(secs => i)
     FROM generate_series(1, $4) i`,
    [COUNTRIES, codes, author.id, opts.needs],
  );
  // Three matches per need, with three different solutions, at distinct times.
  await db.query(
    `INSERT INTO match (need_id, solution_id, status, score, proposed_by_id, created_at)
     SELECT n.id, s.id, 'PROPOSED', (1 + (n.rn + j) % 4) / 4.0, $1, now() - make_interval(secs => n.rn * 10 + j)
     FROM (SELECT id, row_number() OVER (ORDER BY created_at) AS rn FROM need) n
     CROSS JOIN generate_series(0, 2) j
     JOIN (SELECT id, row_number() OVER (ORDER BY created_at) AS rn FROM solution) s
       ON s.rn = 1 + (n.rn * 3 + j) % (SELECT count(*) FROM solution)`,
    [author.id],
  );
  for (const [table, kind] of [
    ['need', 'NEED'],
    ['solution', 'SOLUTION'],
    ['match', 'MATCH'],
  ]) {
    await db.query(
      `INSERT INTO thread (subject_type, subject_id) SELECT $1, r.id FROM ${table} r
        WHERE NOT EXISTS (SELECT 1 FROM thread t WHERE t.subject_type = $1 AND t.subject_id = r.id)`,
      [kind],
    );
  }
  await db.query('ANALYZE');
  const emails = Array.from(
    { length: opts.users },
    (_, i) => `user${i + 1}.${opts.tag}@bench.d4d.lu`,
  );
  return { coordinatorEmails: emails, password };
}
