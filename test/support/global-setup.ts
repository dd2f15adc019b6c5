// TypeORM loads migrations/*.ts with require(): let it compile TypeScript here too.
import '@swc-node/register';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { migrate } from '../../src/database/database';
import { ENTITIES } from '../../src/entities';
import { adminQuery, serverUrl, withDatabase } from './database';

/**
 * Once per run: a PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL, else
 * an embedded one in a temporary folder) and a template database with every
 * migration applied; each test file copies the template into its own database.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  process.env.JWT_SECRET ??= 'test-secret-that-is-long-enough-for-hs256-signing';
  if (!process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'd4d-test-pg-'));
    chmodSync(dir, 0o755);
    const db = await startEmbeddedPostgres(dir, 0);
    (globalThis as { __embedded?: { stop(): Promise<void>; dir: string } }).__embedded = {
      stop: db.stop,
      dir,
    };
    process.env.TEST_DATABASE_URL = db.url;
  }
  process.env.TEST_DATABASE_URL ??= process.env.DATABASE_URL;
  // The app under test must never fall back to DATABASE_URL by accident.
  delete process.env.DATABASE_URL;
  const template = `d4d_template_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(`CREATE DATABASE ${template}`);
  await migrate(withDatabase(serverUrl(), template), ENTITIES);
  process.env.TEST_TEMPLATE_DATABASE = template;
}
