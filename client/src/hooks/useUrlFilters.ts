import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlFilters<S, F> {
  /** The state as read from the URL. */
  read(params: URLSearchParams): S;
  write(state: S): URLSearchParams;
  /** The filter the server takes. */
  toFilter(state: S): F;
}

/**
 * A list's filters kept in the URL (shareable, survives reload and back):
 * the state, the server's filter, a change of some fields, and a clean slate.
 * Changes replace the history entry, so back leaves the list.
 */
export function useUrlFilters<S, F>({ read, write, toFilter }: UrlFilters<S, F>) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => read(params), [read, params]);
  const filter = useMemo(() => toFilter(state), [toFilter, state]);
  const update = useCallback(
    (patch: Partial<S>) =>
      setParams((current) => write({ ...read(current), ...patch }), { replace: true }),
    [read, write, setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { state, filter, update, clear };
}
