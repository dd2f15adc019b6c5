import { GqlResponse, TestApp } from './app';

/**
 * Asserts that an answer is exactly one error with this code (and this
 * field, when given), no data for the operation, and no stack trace.
 */
export function expectError(res: GqlResponse, code: string, field?: string): void {
  expect(res.errors).toBeDefined();
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
  expect(error.extensions).not.toHaveProperty('stacktrace');
  expect(error.extensions).not.toHaveProperty('exception');
  expect(JSON.stringify(res)).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

/** Asserts an answer without errors and returns its data. */
export function dataOf<T = Record<string, any>>(res: GqlResponse<T>): T {
  expect(res.errors).toBeUndefined();
  expect(res.data).toBeTruthy();
  return res.data as T;
}

/** The number of rows of a table, straight from the database. */
export async function rowCount(t: TestApp, table: string): Promise<number> {
  const [row] = await t.db.query(`SELECT count(*)::int AS n FROM "${table}"`);
  return row.n as number;
}

/** A well-formed UUID that names nothing. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** A cursor of the right shape whose values are not what the list sorts by. */
export const forgedCursor = (values: unknown) =>
  Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
