import { useCallback, useState } from 'react';

/**
 * A "load more" button's state: whether the next page is on its way, and why
 * the last one failed. Apollo's fetchMore rejects without touching the
 * query's own error (apollo-client#9401), so the failure is kept here, for
 * the list it happened to (`list`: its filter, say), and forgotten when the
 * list changes, so that coming back to it does not show an old failure.
 */
export function useLoadMore(loadMore: () => Promise<unknown> | undefined, list = '') {
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<{ list: string; error: unknown } | null>(null);
  // Another list forgets the failure (reset while rendering, as React advises for state
  // that follows a prop), so that coming back to this one does not show it again.
  if (failure && failure.list !== list) setFailure(null);
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
