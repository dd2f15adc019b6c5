import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { NeedsDocument } from '@/generated/graphql';
import { createCache } from '@/lib/apollo';
import { PAGE_SIZE, usePagedConnection } from './usePagedConnection';

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
  errors: [
    new GraphQLError('The service is busy or its database is away; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    }),
  ],
});

function wrapperWith(mocks: unknown[]) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks as never} cache={createCache()}>
      {children}
    </MockedProvider>
  );
}

describe('usePagedConnection', () => {
  it('a new filter that fails shows its error, not the last filter’s results', async () => {
    const wrapper = wrapperWith([
      {
        request: {
          query: NeedsDocument,
          variables: { filter: { search: 'water' }, first: PAGE_SIZE },
        },
        result: page([need('n1', 'Water stations')], false),
      },
      {
        request: {
          query: NeedsDocument,
          variables: { filter: { search: 'health' }, first: PAGE_SIZE },
        },
        result: busy(),
      },
    ]);
    const { result, rerender } = renderHook(
      ({ search }) => usePagedConnection(NeedsDocument, { filter: { search } }, (d) => d.needs),
      { wrapper, initialProps: { search: 'water' } },
    );
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    rerender({ search: 'health' });
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.items).toEqual([]);
    expect(result.current.total).toBe(0);
    expect(result.current.loading).toBe(false);
  });

  it('a failed "load more" is kept as loadMoreError, the loaded items stay, and a retry clears it', async () => {
    const wrapper = wrapperWith([
      {
        request: { query: NeedsDocument, variables: { filter: {}, first: PAGE_SIZE } },
        result: page([need('n1', 'Water stations')], true),
      },
      {
        request: { query: NeedsDocument, variables: { filter: {}, first: PAGE_SIZE, after: 'c1' } },
        result: busy(),
      },
      {
        request: { query: NeedsDocument, variables: { filter: {}, first: PAGE_SIZE, after: 'c1' } },
        result: page([need('n2', 'Health records')], false, 'c2'),
      },
    ]);
    const { result } = renderHook(
      () => usePagedConnection(NeedsDocument, { filter: {} }, (d) => d.needs),
      { wrapper },
    );
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    await act(() => result.current.loadMore()); // does not reject
    expect(result.current.loadMoreError).toBeDefined();
    expect(result.current.error).toBeUndefined();
    expect(result.current.items.map((n) => n.title)).toEqual(['Water stations']);
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.loadMore());
    await waitFor(() =>
      expect(result.current.items.map((n) => n.title)).toEqual([
        'Water stations',
        'Health records',
      ]),
    );
    expect(result.current.loadMoreError).toBeUndefined();
  });

  it('a failed "load more" is forgotten when the user changes the filter, not shown again on coming back to it', async () => {
    const mocks = [
      {
        request: {
          query: NeedsDocument,
          variables: { filter: { search: 'water' }, first: PAGE_SIZE },
        },
        result: page([need('n1', 'Water')], true),
      },
      {
        request: {
          query: NeedsDocument,
          variables: { ...{ filter: { search: 'water' }, first: PAGE_SIZE }, after: 'c1' },
        },
        result: busy(),
      },
      {
        request: {
          query: NeedsDocument,
          variables: { filter: { search: 'health' }, first: PAGE_SIZE },
        },
        result: page([need('n2', 'Health')], false, 'h1'),
      },
      {
        request: {
          query: NeedsDocument,
          variables: { filter: { search: 'water' }, first: PAGE_SIZE },
        },
        result: page([need('n1', 'Water')], true),
      },
    ];
    const wrapper = wrapperWith(mocks);
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
