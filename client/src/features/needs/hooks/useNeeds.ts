import { useMutation, useQuery } from '@apollo/client/react';
import { CreateNeedDocument, NeedDocument, UpdateNeedDocument } from '@/generated/graphql';

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
