import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { MATCH_STATUSES } from '@/features/matching';
import type { MatchFilter, MatchStatus } from '@/generated/lazy';

/** The queue's states, as kept in the URL (`?status=UNDER_REVIEW`, repeatable). */
export function readMatchStatuses(params: URLSearchParams): MatchStatus[] {
  return params
    .getAll('status')
    .filter((s): s is MatchStatus => (MATCH_STATUSES as readonly string[]).includes(s));
}

export function writeMatchStatuses(statuses: readonly MatchStatus[]): URLSearchParams {
  const params = new URLSearchParams();
  statuses.forEach((s) => params.append('status', s));
  return params;
}

export function toMatchFilter(statuses: readonly MatchStatus[]): MatchFilter {
  return statuses.length > 0 ? { statuses: [...statuses] } : {};
}

export function useMatchFilters() {
  const [params, setParams] = useSearchParams();
  const statuses = useMemo(() => readMatchStatuses(params), [params]);
  const filter = useMemo(() => toMatchFilter(statuses), [statuses]);
  const setStatuses = useCallback(
    (next: readonly MatchStatus[]) => setParams(writeMatchStatuses(next), { replace: true }),
    [setParams],
  );
  return { statuses, filter, setStatuses };
}
