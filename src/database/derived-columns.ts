import { ColumnOptions } from 'typeorm';

/**
 * An integer-set column that PostgreSQL keeps for the ranking (a trigger, or
 * a generated expression given in `kept`): TypeORM never reads it by
 * default and never writes it.
 */
export const derivedIntSet = (kept: ColumnOptions = { default: () => "'{}'" }): ColumnOptions => ({
  type: 'int',
  array: true,
  select: false,
  insert: false,
  update: false,
  ...kept,
});
