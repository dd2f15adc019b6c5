import { SortKey } from './pagination';

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
