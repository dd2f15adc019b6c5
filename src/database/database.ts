import { DataSource } from 'typeorm';
import { Environment } from '../config/env.validation';
import { startEmbeddedPostgres, runningEmbeddedUrl } from './embedded-postgres';
import { typeormOptions } from './typeorm-options';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR
 * (reused if another process of ours already runs it, started otherwise).
 */
export async function resolveDatabase(
  env: Environment,
  log: (line: string) => void = () => undefined,
): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL)
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const running = runningEmbeddedUrl(env.DATA_DIR);
  if (running) return { url: running, embedded: true, stop: async () => undefined };
  const db = await startEmbeddedPostgres(env.DATA_DIR, env.EMBEDDED_PG_PORT, log);
  return { url: db.url, embedded: true, stop: db.stop };
}

/** Runs the pending migrations, each in its own transaction; returns their names. */
export async function migrate(url: string): Promise<string[]> {
  const ds = new DataSource({ ...typeormOptions(url), logging: ['error'] });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
