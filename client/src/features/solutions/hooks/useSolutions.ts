import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateSolutionDocument,
  SolutionDocument,
  SolutionsDocument,
  UpdateSolutionDocument,
  type SolutionFilter,
} from '@/generated/graphql';

export const SOLUTIONS_PAGE_SIZE = 20;

export function useSolutions(filter: SolutionFilter) {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(
    SolutionsDocument,
    {
      variables: { filter, first: SOLUTIONS_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      fetchPolicy: 'cache-and-network',
    },
  );
  const connection = (data ?? previousData)?.solutions;
  return {
    solutions: connection?.edges.map((e) => e.node) ?? [],
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

export function useSolution(id: string) {
  const { data, error, loading, refetch } = useQuery(SolutionDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { solution: data?.solution ?? null, error, loading: loading && !data, refetch };
}

export function useCreateSolution() {
  return useMutation(CreateSolutionDocument, {
    update: (cache) => cache.evict({ fieldName: 'solutions' }),
  });
}

export function useUpdateSolution() {
  return useMutation(UpdateSolutionDocument);
}
