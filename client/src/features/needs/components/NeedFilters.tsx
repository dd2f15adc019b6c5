import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FiltersDisclosure } from '@/components/FiltersDisclosure';
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

/**
 * Search and filters; every change goes to the URL, so a filtered list can be
 * shared. The URL may name several countries or domains; these lists set one.
 */
export function NeedFilters({ state, onChange, onClear, countries, domains, ministries }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(state.search);
  // The URL is the truth: follow it (back, forward, a cleared filter), except for what this input just sent.
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
  const statuses = NEED_STATUSES.map((value) => ({
    value,
    label: t(`enums.NeedStatus.${value}`),
  }));
  const active =
    state.countries.length +
    state.domains.length +
    state.statuses.length +
    (state.ministry ? 1 : 0);
  const anyFilter =
    state.search ||
    state.countries.length ||
    state.domains.length ||
    state.statuses.length ||
    state.ministry;

  return (
    <form role="search" aria-label={t('needs.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <TextInput
        type="search"
        label={t('needs.filters.search')}
        placeholder={t('needs.filters.searchPlaceholder')}
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
        </SimpleGrid>
      </FiltersDisclosure>
      {anyFilter ? (
        <Group mt="xs">
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            {t('needs.filters.clear')}
          </Button>
        </Group>
      ) : null}
    </form>
  );
}
