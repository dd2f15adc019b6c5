import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from './database/typeorm-options';
import { ENTITIES } from './entities';

// For the TypeORM CLI (migration:generate/run/revert): DATABASE_URL names the database.
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error(
    'DATABASE_URL must be set for the migration commands (see README, "Migrations").',
  );
}
export default new DataSource(typeormOptions(url, { entities: ENTITIES }));
