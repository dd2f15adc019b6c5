import { CloseButton, Group, NativeSelect, Pill, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Option } from '@/hooks/useReferenceData';

interface Props {
  label: string;
  description?: string;
  options: Option[];
  value: string[];
  onChange(codes: string[]): void;
  error?: React.ReactNode;
}

/**
 * Several countries: a native list to add one at a time (the phone's own
 * picker, quick on any device) and the chosen ones as removable pills.
 */
export function CountriesField({ label, description, options, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const name = (code: string) => options.find((o) => o.value === code)?.label ?? code;
  return (
    <Stack gap={6}>
      <NativeSelect
        label={label}
        description={description}
        error={error}
        value=""
        data={[
          { value: '', label: t('common.addCountry') },
          ...options.filter((o) => !value.includes(o.value)),
        ]}
        onChange={(e) => {
          const code = e.currentTarget.value;
          if (code) onChange([...value, code]);
        }}
      />
      {value.length > 0 && (
        <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {value.map((code) => (
            <Pill component="li" key={code} size="md">
              <Group gap={4} wrap="nowrap">
                {name(code)}
                <CloseButton
                  size="xs"
                  aria-label={t('common.removeItem', { item: name(code) })}
                  onClick={() => onChange(value.filter((c) => c !== code))}
                />
              </Group>
            </Pill>
          ))}
        </Group>
      )}
    </Stack>
  );
}
