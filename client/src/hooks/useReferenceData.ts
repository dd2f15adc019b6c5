import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  MinistriesDocument,
  OrganizationsDocument,
  ReferenceDataDocument,
} from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

export interface Option {
  value: string;
  label: string;
}

export interface ReferenceOptions {
  countries: Option[];
  domains: Option[];
  principles: Option[];
}

/** Countries, domains and principles as select options in the user's language, sorted for it. */
export function useReferenceOptions() {
  const { data, loading, error } = useQuery(ReferenceDataDocument);
  const l = useLocalized();
  const options = useMemo((): ReferenceOptions => {
    const sort = (list: Option[]) => list.sort((a, b) => l.compare(a.label, b.label));
    return {
      countries: sort(
        (data?.countries ?? []).map((c) => ({ value: c.code, label: l.countryName(c) })),
      ),
      domains: sort((data?.domains ?? []).map((d) => ({ value: d.code, label: l.domainLabel(d) }))),
      principles: (data?.principles ?? []).map((p) => ({
        value: p.code,
        label: `${p.number}. ${l.principleTitle(p)}`,
      })),
    };
  }, [data, l]);
  return { ...options, loading, error };
}

export function useMinistries() {
  const { data, loading, error, refetch } = useQuery(MinistriesDocument);
  return { ministries: data?.ministries ?? [], loading, error, refetch };
}

export function useOrganizations() {
  const { data, loading, error, refetch } = useQuery(OrganizationsDocument);
  return { organizations: data?.organizations ?? [], loading, error, refetch };
}
