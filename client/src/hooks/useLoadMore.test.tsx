import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { NeedsDocument } from '@/generated/graphql';
import { PAGE_SIZE, usePagedConnection } from '@/hooks/usePagedConnection';
import { createCache } from '@/lib/apollo';

const need = (id: string, title: string) => ({
  __typename: 'Need' as const,
  id,
  title,
  status: 'OPEN' as const,
  priority: 'MEDIUM' as const,
  visibility: 'PUBLIC' as const,
  updatedAt: '2026-11-20T10:00:00Z',
  tags: [],
  country: { __typename: 'Country' as const, code: 'SN', name: 'Senegal', nameFr: 'Sénégal' },
  domains: [],
  ministry: null,
});
const page = (nodes: ReturnType<typeof need>[], hasNextPage: boolean, endCursor = 'c1') => ({
  data: {
    needs: {
      __typename: 'NeedConnection' as const,
      totalCount: 40,
      pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
      edges: nodes.map((node) => ({ __typename: 'NeedEdge' as const, cursor: endCursor, node })),
    },
  },
});
const busy = () => ({
  errors: [new GraphQLError('busy', { extensions: { code: 'SERVICE_UNAVAILABLE' } })],
});
const v = (search: string) => ({ filter: { search }, first: PAGE_SIZE });

describe('a failed "load more" on another list', () => {
  it('is forgotten when the user changes the filter, not shown again on coming back to it', async () => {
    const mocks = [
      {
        request: { query: NeedsDocument, variables: v('water') },
        result: page([need('n1', 'Water')], true),
      },
      {
        request: { query: NeedsDocument, variables: { ...v('water'), after: 'c1' } },
        result: busy(),
      },
      {
        request: { query: NeedsDocument, variables: v('health') },
        result: page([need('n2', 'Health')], false, 'h1'),
      },
      {
        request: { query: NeedsDocument, variables: v('water') },
        result: page([need('n1', 'Water')], true),
      },
    ];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={mocks} cache={createCache()}>
        {children}
      </MockedProvider>
    );
    const { result, rerender } = renderHook(
      ({ search }) => usePagedConnection(NeedsDocument, { filter: { search } }, (d) => d.needs),
      { wrapper, initialProps: { search: 'water' } },
    );
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    await act(() => result.current.loadMore());
    expect(result.current.loadMoreError).toBeDefined();
    rerender({ search: 'health' });
    await waitFor(() => expect(result.current.items.map((n) => n.title)).toEqual(['Health']));
    expect(result.current.loadMoreError).toBeUndefined();
    rerender({ search: 'water' });
    await waitFor(() => expect(result.current.items.map((n) => n.title)).toEqual(['Water']));
    await new Promise((r) => setTimeout(r, 100));
    // Nothing was asked on this visit; the old failure should not be said again.
    expect(result.current.loadMoreError).toBeUndefined();
  });
});
