import { Checkbox, SimpleGrid, type SimpleGridProps } from '@mantine/core';
import { useId } from 'react';
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

/**
 * Several choices among a few dozen (domains, principles): native checkboxes
 * in columns. A group error ("choose at least one") marks every checkbox
 * invalid and describes them, so that the form's focus on the first invalid
 * field lands on the first checkbox and a screen reader says why.
 */
export function CheckboxesField({ options, cols, ...group }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = Boolean(group.error);
  return (
    <Checkbox.Group {...group} id={id} errorProps={{ id: errorId }}>
      <SimpleGrid cols={cols} mt="xs" spacing="xs">
        {options.map((o) => (
          <Checkbox
            key={o.value}
            value={o.value}
            label={o.label}
            error={invalid}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
