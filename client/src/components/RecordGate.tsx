import type { ReactNode } from 'react';
import { isNotFound } from '@/lib/errors';
import { NotFound } from './NotFound';
import { PageLoader } from './PageLoader';
import { QueryError } from './QueryError';

interface Props<R> {
  record: R | null;
  loading: boolean;
  error?: unknown;
  onRetry(): void;
  /** The page, once the record is there. */
  children(record: R): ReactNode;
}

/**
 * A page about one record: a loader while it comes; "not found" when there is
 * none or this user may not see it (the server says the same for both); the
 * error with a retry when the request failed.
 */
export function RecordGate<R>({ record, loading, error, onRetry, children }: Props<R>) {
  if (loading) return <PageLoader />;
  if (record === null) {
    return isNotFound(error) || !error ? (
      <NotFound />
    ) : (
      <QueryError error={error} onRetry={onRetry} />
    );
  }
  return children(record);
}
