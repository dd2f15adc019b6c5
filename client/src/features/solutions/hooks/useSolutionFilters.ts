import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Maturity, SolutionFilter } from '@/generated/graphql';

export const MATURITIES: readonly Maturity[] = ['IDEA', 'PROTOTYPE', 'PILOT', 'DEPLOYED', 'SCALED'];

/** The catalogue's search and filters, as kept in the URL. */
export interface SolutionFilterState {
  search: string;
  domains: string[];
  minMaturity: Maturity | null;
  openSource: boolean | null;
  provider: string | null;
}

export function readSolutionFilters(params: URLSearchParams): SolutionFilterState {
  const maturity = params.get('maturity');
  const openSource = params.get('openSource');
  return {
    search: params.get('q') ?? '',
    domains: params.getAll('domain'),
    minMaturity: MATURITIES.find((m) => m === maturity) ?? null,
    openSource: openSource === 'true' ? true : openSource === 'false' ? false : null,
    provider: params.get('provider'),
  };
}

export function writeSolutionFilters(state: SolutionFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search.trim()) params.set('q', state.search.trim());
  state.domains.forEach((d) => params.append('domain', d));
  if (state.minMaturity) params.set('maturity', state.minMaturity);
  if (state.openSource !== null) params.set('openSource', String(state.openSource));
  if (state.provider) params.set('provider', state.provider);
  return params;
}

export function toSolutionFilter(state: SolutionFilterState): SolutionFilter {
  return {
    ...(state.search.trim() && { search: state.search.trim() }),
    ...(state.domains.length > 0 && { domainCodes: state.domains }),
    ...(state.minMaturity && { minMaturity: state.minMaturity }),
    ...(state.openSource !== null && { openSource: state.openSource }),
    ...(state.provider && { providerId: state.provider }),
  };
}

export function useSolutionFilters() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSolutionFilters(params), [params]);
  const filter = useMemo(() => toSolutionFilter(state), [state]);
  const update = useCallback(
    (patch: Partial<SolutionFilterState>) =>
      setParams((current) => writeSolutionFilters({ ...readSolutionFilters(current), ...patch }), {
        replace: true,
      }),
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { state, filter, update, clear };
}
