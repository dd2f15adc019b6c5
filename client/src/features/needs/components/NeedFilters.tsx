import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FacetFilters } from '@/components/FacetFilters';
import { withEmpty } from '@/components/forms/options';
import type { NeedStatus } from '@/generated/graphql';
import type { Option } from '@/hooks/useReferenceData';
import type { NeedFilterState } from '../hooks/useNeedFilters';
import { NEED_STATUSES } from './need-form/needFormModel';

interface Props {
  state: NeedFilterState;
  onChange(patch: Partial<NeedFilterState>): void;
  onClear(): void;
  countries: Option[];
  domains: Option[];
  ministries: Option[];
}

const list = (value: string) => (value ? [value] : []);

/** The needs' search and filters. The URL may name several countries or domains; these lists set one. */
export function NeedFilters({ state, onChange, onClear, countries, domains, ministries }: Props) {
  const { t } = useTranslation();
  const statuses = NEED_STATUSES.map((value) => ({
    value,
    label: t(`enums.NeedStatus.${value}`),
  }));
  const active =
    state.countries.length +
    state.domains.length +
    state.statuses.length +
    (state.ministry ? 1 : 0);

  return (
    <FacetFilters
      label={t('needs.filters.label')}
      searchLabel={t('needs.filters.search')}
      searchPlaceholder={t('needs.filters.searchPlaceholder')}
      clearLabel={t('needs.filters.clear')}
      search={state.search}
      onSearch={(search) => onChange({ search })}
      active={active}
      onClear={onClear}
    >
      <NativeSelect
        label={t('needs.filters.country')}
        data={withEmpty(t('needs.filters.anyCountry'), countries)}
        value={state.countries[0] ?? ''}
        onChange={(e) => onChange({ countries: list(e.currentTarget.value) })}
      />
      <NativeSelect
        label={t('needs.filters.domain')}
        data={withEmpty(t('needs.filters.anyDomain'), domains)}
        value={state.domains[0] ?? ''}
        onChange={(e) => onChange({ domains: list(e.currentTarget.value) })}
      />
      <NativeSelect
        label={t('needs.filters.status')}
        data={withEmpty(t('needs.filters.anyStatus'), statuses)}
        value={state.statuses[0] ?? ''}
        onChange={(e) => onChange({ statuses: list(e.currentTarget.value) as NeedStatus[] })}
      />
      <NativeSelect
        label={t('needs.filters.ministry')}
        data={withEmpty(t('needs.filters.anyMinistry'), ministries)}
        value={state.ministry ?? ''}
        onChange={(e) => onChange({ ministry: e.currentTarget.value || null })}
      />
    </FacetFilters>
  );
}
