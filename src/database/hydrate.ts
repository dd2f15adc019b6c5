import {
  DataSource,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Entities made from raw rows on the hot read paths (DataLoaders, list
 * pages), without TypeORM's RawSqlResultsToEntityTransformer and, for
 * `byIds`, without building the same statement again on every call. On a
 * page of 50 needs with their matches, solutions and providers, building
 * and transforming took about a fifth of the server's CPU. Only for a
 * query's main alias, with no relation joined: anything else goes through
 * TypeORM as before. test/hydrate.e2e-spec.ts holds these entities equal to
 * TypeORM's.
 */
interface Plan {
  metadata: EntityMetadata;
  /**
   * Each selected column, the key of its value in a raw row, and whether the
   * driver's value needs TypeORM's conversion.
   */
  columns: { column: ColumnMetadata; key: string; convert: boolean }[];
}

/**
 * Column types whose values pg already gives as TypeORM would (strings,
 * numbers, booleans, Dates, parsed JSON and arrays of these): TypeORM's
 * prepareHydratedValue would return them unchanged.
 */
const AS_GIVEN = new Set<unknown>([
  'uuid',
  'varchar',
  'character varying',
  'text',
  'int',
  'integer',
  'int4',
  'boolean',
  'timestamptz',
  'timestamp with time zone',
  'jsonb',
  'json',
]);

/** A string-valued enum, not an array: pg gives its label, which is the value. */
const plainEnum = (c: ColumnMetadata) =>
  c.type === 'enum' && !c.isArray && (c.enum ?? []).every((v) => typeof v === 'string');

const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();
const byIdStatements = new WeakMap<EntityMetadata, string>();

function planFor(ds: DataSource, metadata: EntityMetadata, alias: string | null): Plan {
  let forMetadata = plans.get(metadata);
  if (!forMetadata) plans.set(metadata, (forMetadata = new Map()));
  const key = alias ?? '';
  let plan = forMetadata.get(key);
  if (!plan) {
    plan = {
      metadata,
      columns: metadata.columns
        .filter((c) => c.isSelect && !c.isVirtual)
        .map((column) => ({
          column,
          convert: !!column.transformer || !(AS_GIVEN.has(column.type) || plainEnum(column)),
          // The alias TypeORM's query builder gives the column (shortened past PostgreSQL's 63 bytes).
          key: alias
            ? DriverUtils.buildAlias(ds.driver, undefined, alias, column.databaseName)
            : column.databaseName,
        })),
    };
    forMetadata.set(key, plan);
  }
  return plan;
}

function hydrate<T>(ds: DataSource, plan: Plan, rows: Record<string, unknown>[]): T[] {
  return rows.map((row) => {
    const entity = plan.metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
    for (const { column, key, convert } of plan.columns) {
      const value = row[key];
      if (value === undefined) continue;
      column.setEntityValue(
        entity,
        convert ? ds.driver.prepareHydratedValue(value, column) : value,
      );
    }
    return entity as T;
  });
}

/**
 * Whether TypeORM's transformer is needed: a joined alias whose columns are
 * selected, or relation ids to load. (Joins that only filter, as the
 * policy's, are fine.)
 */
function needsTransformer(qb: SelectQueryBuilder<ObjectLiteral>): boolean {
  const map = qb.expressionMap;
  return (
    map.joinAttributes.some((j) => j.isSelected) ||
    map.relationIdAttributes.length > 0 ||
    !map.mainAlias?.hasMetadata
  );
}

/** The entities and raw rows of a query builder's main alias (its extra selects in `raw`). */
export async function rawAndEntities<T extends ObjectLiteral, R = Record<string, unknown>>(
  qb: SelectQueryBuilder<T>,
): Promise<{ entities: T[]; raw: R[] }> {
  if (needsTransformer(qb)) return qb.getRawAndEntities<R>();
  const raw = await qb.getRawMany<Record<string, unknown>>();
  const alias = qb.expressionMap.mainAlias!;
  return {
    entities: hydrate<T>(qb.connection, planFor(qb.connection, alias.metadata, alias.name), raw),
    raw: raw as R[],
  };
}

/** The entities of a query builder's main alias: getMany, without the transformer. */
export async function manyOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  if (needsTransformer(qb)) return qb.getMany();
  return (await rawAndEntities(qb)).entities;
}

/**
 * The rows of `ids` (in no particular order; loaders put them in order),
 * through one statement per entity built once: the DataLoaders' batch.
 */
export async function byIds<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  ids: readonly string[],
): Promise<T[]> {
  if (ids.length === 0) return [];
  const metadata = ds.getMetadata(target);
  const plan = planFor(ds, metadata, null);
  let sql = byIdStatements.get(metadata);
  if (!sql) {
    const q = (name: string) => ds.driver.escape(name);
    const [primary] = metadata.primaryColumns;
    sql =
      `SELECT ${plan.columns.map((c) => q(c.column.databaseName)).join(', ')}` +
      ` FROM ${metadata.tablePath.split('.').map(q).join('.')}` +
      ` WHERE ${q(primary.databaseName)} = ANY($1)`;
    byIdStatements.set(metadata, sql);
  }
  const rows: Record<string, unknown>[] = await ds.query(sql, [ids]);
  return hydrate<T>(ds, plan, rows);
}
