import { DataSource, DataSourceOptions } from 'typeorm';
import { Environment } from '../config/env.validation';
import { startEmbeddedPostgres, runningEmbeddedUrl } from './embedded-postgres';
import { typeormOptions } from './typeorm-options';

type EntityList = DataSourceOptions['entities'];

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

const MIGRATION_LOCK = 4_164_010_305; // any constant shared by every process of this application

/**
 * Runs the pending migrations, each in its own transaction; returns their
 * names. TypeORM needs the entities to know it keeps generated columns'
 * expressions (its typeorm_metadata table).
 */
export async function migrate(url: string, entities: EntityList): Promise<string[]> {
  const ds = new DataSource({ ...typeormOptions(url, { entities }), logging: ['error'] });
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    // Several API processes may start at once: one migrates, the others wait and find nothing to do.
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
