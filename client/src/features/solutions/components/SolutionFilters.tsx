import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FacetFilters } from '@/components/FacetFilters';
import { withEmpty } from '@/components/forms/options';
import type { Option } from '@/hooks/useReferenceData';
import type { SolutionFilterState } from '../hooks/useSolutionFilters';
import { MATURITIES } from './solution-form/solutionFormModel';

interface Props {
  state: SolutionFilterState;
  onChange(patch: Partial<SolutionFilterState>): void;
  onClear(): void;
  domains: Option[];
  providers: Option[];
}

const OPEN_SOURCE = ['yes', 'no'] as const;

/** The catalogue's search and filters, kept in the URL. */
export function SolutionFilters({ state, onChange, onClear, domains, providers }: Props) {
  const { t } = useTranslation();
  const active =
    state.domains.length +
    (state.minMaturity ? 1 : 0) +
    (state.openSource !== null ? 1 : 0) +
    (state.provider ? 1 : 0);

  return (
    <FacetFilters
      label={t('solutions.filters.label')}
      searchLabel={t('solutions.filters.search')}
      searchPlaceholder={t('solutions.filters.searchPlaceholder')}
      clearLabel={t('solutions.filters.clear')}
      search={state.search}
      onSearch={(search) => onChange({ search })}
      active={active}
      onClear={onClear}
    >
      <NativeSelect
        label={t('solutions.filters.domain')}
        data={withEmpty(t('solutions.filters.anyDomain'), domains)}
        value={state.domains[0] ?? ''}
        onChange={(e) =>
          onChange({ domains: e.currentTarget.value ? [e.currentTarget.value] : [] })
        }
      />
      <NativeSelect
        label={t('solutions.filters.maturity')}
        data={withEmpty(
          t('solutions.filters.anyMaturity'),
          MATURITIES.map((m) => ({ value: m, label: t(`enums.Maturity.${m}`) })),
        )}
        value={state.minMaturity ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onChange({ minMaturity: MATURITIES.find((m) => m === value) ?? null });
        }}
      />
      <NativeSelect
        label={t('solutions.filters.openSource')}
        data={withEmpty(
          t('solutions.filters.openSourceChoice.any'),
          OPEN_SOURCE.map((value) => ({
            value,
            label: t(`solutions.filters.openSourceChoice.${value}`),
          })),
        )}
        value={state.openSource === null ? '' : state.openSource ? 'yes' : 'no'}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onChange({ openSource: value === '' ? null : value === 'yes' });
        }}
      />
      <NativeSelect
        label={t('solutions.filters.provider')}
        data={withEmpty(t('solutions.filters.anyProvider'), providers)}
        value={state.provider ?? ''}
        onChange={(e) => onChange({ provider: e.currentTarget.value || null })}
      />
    </FacetFilters>
  );
}
