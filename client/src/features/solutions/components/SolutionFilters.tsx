import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FiltersDisclosure } from '@/components/FiltersDisclosure';
import { withEmpty } from '@/components/forms/options';
import type { Option } from '@/hooks/useReferenceData';
import { MATURITIES, type SolutionFilterState } from '../hooks/useSolutionFilters';

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
  const [search, setSearch] = useState(state.search);
  const sent = useRef(state.search);
  useEffect(() => {
    if (state.search !== sent.current) {
      sent.current = state.search;
      setSearch(state.search);
    }
  }, [state.search]);
  const sendSearch = useDebouncedCallback((value: string) => {
    sent.current = value.trim();
    onChange({ search: value });
  }, 350);
  const active =
    state.domains.length +
    (state.minMaturity ? 1 : 0) +
    (state.openSource !== null ? 1 : 0) +
    (state.provider ? 1 : 0);
  const anyFilter =
    state.search ||
    state.domains.length ||
    state.minMaturity ||
    state.openSource !== null ||
    state.provider;

  return (
    <form
      role="search"
      aria-label={t('solutions.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <TextInput
        type="search"
        label={t('solutions.filters.search')}
        placeholder={t('solutions.filters.searchPlaceholder')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          sendSearch(e.currentTarget.value);
        }}
        mb="sm"
      />
      <FiltersDisclosure active={active}>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
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
        </SimpleGrid>
      </FiltersDisclosure>
      {anyFilter ? (
        <Group mt="xs">
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            {t('solutions.filters.clear')}
          </Button>
        </Group>
      ) : null}
    </form>
  );
}
