import type { NeedFilter, NeedStatus } from '@/generated/graphql';
import { useUrlFilters } from '@/hooks/useUrlFilters';

const STATUSES: readonly NeedStatus[] = ['DRAFT', 'OPEN', 'MATCHED', 'CLOSED'];

/** What the list shows, as kept in the URL. */
export interface NeedFilterState {
  search: string;
  countries: string[];
  domains: string[];
  statuses: NeedStatus[];
  ministry: string | null;
}

const PARAM = {
  search: 'q',
  countries: 'country',
  domains: 'domain',
  statuses: 'status',
  ministry: 'ministry',
} as const;

export function readNeedFilters(params: URLSearchParams): NeedFilterState {
  return {
    search: params.get(PARAM.search) ?? '',
    countries: params.getAll(PARAM.countries),
    domains: params.getAll(PARAM.domains),
    statuses: params
      .getAll(PARAM.statuses)
      .filter((s): s is NeedStatus => (STATUSES as readonly string[]).includes(s)),
    ministry: params.get(PARAM.ministry),
  };
}

export function writeNeedFilters(state: NeedFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search.trim()) params.set(PARAM.search, state.search.trim());
  state.countries.forEach((c) => params.append(PARAM.countries, c));
  state.domains.forEach((d) => params.append(PARAM.domains, d));
  state.statuses.forEach((s) => params.append(PARAM.statuses, s));
  if (state.ministry) params.set(PARAM.ministry, state.ministry);
  return params;
}

/** The filter the server takes: empty parts left out, so equal filters share a cache entry. */
export function toNeedFilter(state: NeedFilterState): NeedFilter {
  return {
    ...(state.search.trim() && { search: state.search.trim() }),
    ...(state.countries.length > 0 && { countryCodes: state.countries }),
    ...(state.domains.length > 0 && { domainCodes: state.domains }),
    ...(state.statuses.length > 0 && { statuses: state.statuses }),
    ...(state.ministry && { ministryId: state.ministry }),
  };
}

export function useNeedFilters() {
  return useUrlFilters({ read: readNeedFilters, write: writeNeedFilters, toFilter: toNeedFilter });
}
