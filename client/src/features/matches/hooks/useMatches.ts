import { useRefetchOnLanguage } from '@/hooks/useRefetchOnLanguage';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  DecideMatchDocument,
  MatchDocument,
  MatchHistoryDocument,
  ReviewMatchDocument,
  StartReviewDocument,
  WithdrawMatchDocument,
} from '@/generated/lazy';

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
