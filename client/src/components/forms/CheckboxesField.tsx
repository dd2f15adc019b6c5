import { Checkbox, SimpleGrid, type SimpleGridProps } from '@mantine/core';
import type { Option } from '@/hooks/useReferenceData';
import type { InputProps } from '@/lib/form';

interface Props extends InputProps<string[]> {
  label: string;
  description?: string;
  /** Shows the asterisk; the form's own check says what is missing. */
  withAsterisk?: boolean;
  options: readonly Option[];
  cols: SimpleGridProps['cols'];
}

/** Several choices among a few dozen (domains, principles): native checkboxes in columns. */
export function CheckboxesField({ options, cols, ...group }: Props) {
  return (
    <Checkbox.Group {...group}>
      <SimpleGrid cols={cols} mt="xs" spacing="xs">
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} label={o.label} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
