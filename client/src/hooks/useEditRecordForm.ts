import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { notify } from '@/lib/notify';
import { useVersionedForm, type VersionedFormOptions } from './useVersionedForm';

interface Options<
  R extends { id: string; version: number },
  V extends object,
  P,
  TData,
> extends Omit<VersionedFormOptions<R, V, P>, 'fetchCurrent' | 'onDone'> {
  /** The record's query, asked again on a conflict for the version saved meanwhile. */
  query: TypedDocumentNode<TData, { id: string }>;
  pick(data: TData): R | null | undefined;
  /** The record's page: where a save, or a save with nothing changed, leads. */
  href: string;
  /** Said once saved. */
  updated: string;
}

/** Editing a record at the version it was opened (see useVersionedForm), then back to its page. */
export function useEditRecordForm<
  R extends { id: string; version: number },
  V extends object,
  P,
  TData,
>(options: Options<R, V, P, TData>) {
  const { query, pick, href, updated, ...rest } = options;
  const navigate = useNavigate();
  const client = useApolloClient();
  return useVersionedForm<R, V, P>({
    ...rest,
    fetchCurrent: async () => {
      const { data } = await client.query({
        query,
        variables: { id: rest.record.id },
        fetchPolicy: 'network-only',
      });
      return (data && pick(data as TData)) ?? null;
    },
    onDone: (saved) => {
      if (saved) notify(updated);
      void navigate(href);
    },
  });
}
