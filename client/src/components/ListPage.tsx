import { Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';
import type { PagedList } from '@/hooks/usePagedConnection';
import { LoadMore } from './LoadMore';
import { PageHeader } from './PageHeader';
import { PageLoader } from './PageLoader';
import { QueryError } from './QueryError';

interface Props<N extends { id: string }> {
  documentTitle: string;
  title: string;
  description: string;
  /** Buttons for what the user may do here. */
  actions?: ReactNode;
  /** The search form above the results. */
  filters: ReactNode;
  /** The results section's accessible name. */
  resultsLabel: string;
  /** Said when nothing matches. */
  empty: string;
  list: PagedList<N>;
  renderItem(item: N): ReactNode;
}

/**
 * A paged, filtered list: header, filters, then the results with their
 * count and "load more". The last results stay (dimmed) while new ones load;
 * when the new ones fail, the error takes their place (with a retry), and a
 * failed "load more" is said under the results loaded so far.
 */
export function ListPage<N extends { id: string }>(props: Props<N>) {
  const { list } = props;
  useDocumentTitle(props.documentTitle);
  const none = list.items.length === 0;
  return (
    <>
      <PageHeader title={props.title} description={props.description} actions={props.actions} />
      <Stack gap="lg">
        {props.filters}
        <section aria-label={props.resultsLabel} aria-busy={list.loading}>
          {list.error ? (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          ) : null}
          {list.loading && none && <PageLoader />}
          {!list.loading && !list.error && none && (
            <Text c="dimmed" py="lg">
              {props.empty}
            </Text>
          )}
          <Stack gap="sm" style={{ opacity: list.loading ? 0.6 : 1 }}>
            {list.items.map((item) => (
              <Fragment key={item.id}>{props.renderItem(item)}</Fragment>
            ))}
          </Stack>
          {!none && (
            <LoadMore
              shown={list.items.length}
              total={list.total}
              hasMore={list.hasMore}
              loading={list.loadingMore}
              error={list.loadMoreError}
              onMore={() => void list.loadMore()}
            />
          )}
        </section>
      </Stack>
    </>
  );
}
