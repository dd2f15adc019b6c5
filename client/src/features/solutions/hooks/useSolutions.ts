import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateSolutionDocument,
  SolutionDocument,
  UpdateSolutionDocument,
} from '@/generated/graphql';

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
