import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, keysetPage, PageArgs, SortKey } from './pagination';

/**
 * Full-text search over a table with a `search_vector` column (see the
 * SearchFoundations migration): the condition, and the keyset ordering
 * that puts the best matches first.
 */
export function searchClause(alias: string, param = 'search') {
  return {
    where: `${alias}.search_vector @@ d4d_search_query(:${param})`,
    keys: [
      { expr: `ts_rank_cd(${alias}.search_vector, d4d_search_query(:${param}))`, type: 'real' },
      { expr: `${alias}.created_at`, type: 'timestamptz' },
      { expr: `${alias}.id`, type: 'uuid' },
    ] as SortKey[],
  };
}

/** Newest first. */
export function recencyKeys(alias: string): SortKey[] {
  return [
    { expr: `${alias}.created_at`, type: 'timestamptz' },
    { expr: `${alias}.id`, type: 'uuid' },
  ];
}

/**
 * A page of a list query: best match first when the caller searches (the
 * trimmed `search`), newest first otherwise.
 */
export function searchedPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  search: string | null | undefined,
  page: PageArgs,
): Promise<Connection<T>> {
  const q = search?.trim();
  if (!q) return keysetPage(qb, recencyKeys(alias), page);
  const clause = searchClause(alias);
  qb.andWhere(clause.where, { search: q });
  return keysetPage(qb, clause.keys, page);
}
