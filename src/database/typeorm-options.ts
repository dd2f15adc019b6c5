import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one description of how we talk to PostgreSQL, shared by the server,
 * the migration CLI, the seeders and the tests. `synchronize` stays off:
 * the schema changes only through migrations. The entities are the
 * assembly's to give (`src/entities.ts`): running migrations needs none.
 */
export function typeormOptions(
  url: string,
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  const root = join(__dirname, '..', '..');
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: [join(root, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: 'd4d-match',
    // gen_random_uuid() is core since PostgreSQL 13: no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    extra: {
      max: 10,
      // Fail fast rather than hang when the database is away.
      connectionTimeoutMillis: 5000,
      statement_timeout: 30000,
      // A database host that vanishes without closing its sockets (a network cut, a VM
      // gone) is noticed by TCP keepalive, rather than leaving pooled connections hung.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10000,
    },
    ...extra,
  } as DataSourceOptions;
}
