import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FiltersDisclosure } from './FiltersDisclosure';

interface Props {
  /** The search form's accessible name. */
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  clearLabel: string;
  /** The search as kept in the URL. */
  search: string;
  onSearch(value: string): void;
  /** How many facets are set (the search aside). */
  active: number;
  onClear(): void;
  /** The facets' selects. */
  children: ReactNode;
}

/**
 * A list's search and facets; every change goes to the URL, so a filtered
 * list can be shared. The search is sent once typing pauses.
 */
export function FacetFilters(props: Props) {
  const { search: sentSearch, onSearch, active } = props;
  const [search, setSearch] = useState(sentSearch);
  // The URL is the truth: follow it (back, forward, a cleared filter), except for what this input just sent.
  const sent = useRef(sentSearch);
  useEffect(() => {
    if (sentSearch !== sent.current) {
      sent.current = sentSearch;
      setSearch(sentSearch);
    }
  }, [sentSearch]);
  const sendSearch = useDebouncedCallback((value: string) => {
    sent.current = value.trim();
    onSearch(value);
  }, 350);

  return (
    <form role="search" aria-label={props.label} onSubmit={(e) => e.preventDefault()}>
      <TextInput
        type="search"
        label={props.searchLabel}
        placeholder={props.searchPlaceholder}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          sendSearch(e.currentTarget.value);
        }}
        mb="sm"
      />
      <FiltersDisclosure active={active}>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
          {props.children}
        </SimpleGrid>
      </FiltersDisclosure>
      {sentSearch || active > 0 ? (
        <Group mt="xs">
          <Button variant="subtle" size="compact-sm" onClick={props.onClear}>
            {props.clearLabel}
          </Button>
        </Group>
      ) : null}
    </form>
  );
}
