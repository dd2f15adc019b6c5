import { NetworkStatus, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useLoadMore } from './useLoadMore';

export const PAGE_SIZE = 20;

/** A Relay-style connection as the server pages it. */
export interface Connection<N> {
  edges: readonly { node: N }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface PageVariables extends OperationVariables {
  first?: number | null;
  after?: string | null;
}

/** What a list page shows of a connection. */
export interface PagedList<N> {
  items: N[];
  total: number;
  hasMore: boolean;
  /** The first page of these variables is on its way (the last list may still show). */
  loading: boolean;
  loadingMore: boolean;
  /** The first page of these variables failed: `items` is empty, not the last list. */
  error?: unknown;
  /** The last "load more" failed (fetchMore errors do not reach `error`): the items loaded stay. */
  loadMoreError?: unknown;
  refetch(): Promise<unknown>;
  /** The next page; a failure is kept in `loadMoreError`, the promise does not reject. */
  loadMore(): Promise<void>;
}

/**
 * One filtered list, a page at a time: the first page for these variables,
 * then the next ones appended (the cache's `connection` policy merges them).
 */
export function usePagedConnection<TData, TVariables extends PageVariables, N>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'>,
  select: (data: TData) => Connection<N> | null | undefined,
): PagedList<N> {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(document, {
    variables: { ...variables, first: PAGE_SIZE } as TVariables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  // While a new filter loads, keep showing the last list (no jump to a spinner on each
  // keystroke); once it has failed, the last list is not an answer to it: show none.
  const last = (error ? data : (data ?? previousData)) as TData | undefined;
  const connection = last === undefined ? undefined : select(last);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  // A failed "load more" is said for this list and cursor only (another filter forgets it).
  const more = useLoadMore(
    () => fetchMore({ variables: { after: endCursor } as Partial<TVariables> }),
    `${JSON.stringify(variables)} ${endCursor}`,
  );
  return {
    items: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading:
      networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMoreError: error ? undefined : more.error,
    refetch,
    loadMore: more.run,
  };
}
