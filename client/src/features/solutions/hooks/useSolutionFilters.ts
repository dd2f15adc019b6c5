import type { Maturity, SolutionFilter } from '@/generated/graphql';
import { useUrlFilters } from '@/hooks/useUrlFilters';
import { MATURITIES } from '../components/solution-form/solutionFormModel';

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
  return useUrlFilters({
    read: readSolutionFilters,
    write: writeSolutionFilters,
    toFilter: toSolutionFilter,
  });
}
