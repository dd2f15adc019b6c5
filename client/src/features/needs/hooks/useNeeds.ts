import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateNeedDocument,
  NeedDocument,
  NeedsDocument,
  UpdateNeedDocument,
  type NeedFilter,
} from '@/generated/graphql';

export const NEEDS_PAGE_SIZE = 20;

/** One filtered list, a page at a time. */
export function useNeeds(filter: NeedFilter) {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(NeedsDocument, {
    variables: { filter, first: NEEDS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  // While a new filter loads, keep showing the last list (no jump to a spinner on each keystroke).
  const connection = (data ?? previousData)?.needs;
  return {
    needs: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading:
      networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore: () => fetchMore({ variables: { after: connection?.pageInfo.endCursor ?? null } }),
  };
}

export function useNeed(id: string) {
  const { data, error, loading, refetch } = useQuery(NeedDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { need: data?.need ?? null, error, loading: loading && !data, refetch };
}

export function useCreateNeed() {
  return useMutation(CreateNeedDocument, {
    // New needs head the lists: let them load again.
    update: (cache) => cache.evict({ fieldName: 'needs' }),
  });
}

export function useUpdateNeed() {
  return useMutation(UpdateNeedDocument);
}
