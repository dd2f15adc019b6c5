import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The little of node-postgres used here (the server's own copy, from the root package). */
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
type PgModule = { Client: new (options: { connectionString: string }) => PgClient };

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function run(pg: PgModule, url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on TEST_DATABASE_URL (or the machine's PostgreSQL on
 * 5432), or null when there is none: the server then starts its embedded one.
 */
export async function createDatabase(root: string): Promise<TestDatabase | null> {
  const pg = createRequire(join(root, 'package.json'))('pg') as PgModule;
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `d4d_client_e2e_${randomBytes(5).toString('hex')}`;
  try {
    await run(pg, server, `CREATE DATABASE ${name}`);
  } catch (error) {
    if (process.env.TEST_DATABASE_URL) throw error;
    return null;
  }
  return {
    url: withDatabase(server, name),
    drop: () => run(pg, server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
