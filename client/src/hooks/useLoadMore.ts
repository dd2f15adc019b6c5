import { useCallback, useState } from 'react';

/**
 * A "load more" button's state: whether the next page is on its way, and why
 * the last one failed. Apollo's fetchMore rejects without touching the
 * query's own error (apollo-client#9401), so the failure is kept here, for
 * the list it happened to (`list`: its filter, say; another list forgets it).
 */
export function useLoadMore(loadMore: () => Promise<unknown> | undefined, list = '') {
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<{ list: string; error: unknown } | null>(null);
  const run = useCallback(async () => {
    setLoading(true);
    setFailure(null);
    try {
      await loadMore();
    } catch (error) {
      setFailure({ list, error: error ?? new Error('The next page could not be loaded.') });
    } finally {
      setLoading(false);
    }
  }, [loadMore, list]);
  return { loading, error: failure?.list === list ? failure.error : undefined, run };
}
