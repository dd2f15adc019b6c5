import { useRefetchOnLanguage } from '@/components/matching/useRefetchOnLanguage';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  DecideMatchDocument,
  MatchDocument,
  MatchesDocument,
  MatchHistoryDocument,
  ReviewMatchDocument,
  StartReviewDocument,
  WithdrawMatchDocument,
  type MatchFilter,
} from '@/generated/lazy';

export const MATCHES_PAGE_SIZE = 20;

/** The queue: one filtered list, a page at a time. */
export function useMatches(filter: MatchFilter) {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(
    MatchesDocument,
    {
      variables: { filter, first: MATCHES_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      fetchPolicy: 'cache-and-network',
    },
  );
  const connection = (data ?? previousData)?.matches;
  return {
    matches: connection?.edges.map((e) => e.node) ?? [],
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

export function useMatch(id: string) {
  const { data, error, loading, refetch } = useQuery(MatchDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  // The engine's reasons come in the language of the request.
  useRefetchOnLanguage(refetch);
  return { match: data?.match ?? null, error, loading: loading && !data, refetch };
}

export function useMatchHistory(id: string, skip: boolean) {
  const { data, loading, refetch } = useQuery(MatchHistoryDocument, {
    variables: { id },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  return {
    events: data?.auditEvents.edges.map((e) => e.node) ?? [],
    loading: loading && !data,
    refetch,
  };
}

// A change of state moves the match between the queue's filtered lists: let them load again.
export const useStartReview = () =>
  useMutation(StartReviewDocument, { update: (cache) => cache.evict({ fieldName: 'matches' }) });
export const useDecideMatch = () =>
  useMutation(DecideMatchDocument, { update: (cache) => cache.evict({ fieldName: 'matches' }) });
export const useWithdrawMatch = () =>
  useMutation(WithdrawMatchDocument, { update: (cache) => cache.evict({ fieldName: 'matches' }) });
export const useReviewMatch = () => useMutation(ReviewMatchDocument);
