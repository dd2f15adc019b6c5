import { Badge, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';

interface Props {
  label: string;
  description: string;
  value: string[];
  onChange(tags: string[]): void;
  error?: React.ReactNode;
}

export const parseTags = (text: string): string[] => [
  ...new Map(
    text
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => [t.toLowerCase(), t] as const),
  ).values(),
];

/** Free tags typed as one line, separated by commas; shown back as badges. */
export function TagsField({ label, description, value, onChange, error }: Props) {
  const [text, setText] = useState(() => value.join(', '));
  // Follow a value set from outside (a reloaded version), not the one this field just sent.
  const joined = value.join('\n');
  const [seen, setSeen] = useState(joined);
  if (joined !== seen) {
    setSeen(joined);
    if (parseTags(text).join('\n') !== joined) setText(value.join(', '));
  }
  return (
    <Stack gap={6}>
      <TextInput
        label={label}
        description={description}
        value={text}
        error={error}
        onChange={(e) => {
          setText(e.currentTarget.value);
          onChange(parseTags(e.currentTarget.value));
        }}
      />
      {value.length > 0 && (
        <Group gap={6} aria-hidden>
          {value.map((tag) => (
            <Badge key={tag} variant="outline" color="gray.8" radius="sm" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
