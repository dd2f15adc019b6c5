import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons for what the user may do here. */
  actions?: ReactNode;
  /** Above the title: a way back, badges. */
  eyebrow?: ReactNode;
}

/** Every page's one h1, its intro and its actions. */
export function PageHeader({ title, description, actions, eyebrow }: Props) {
  return (
    <Stack gap="xs" mb="lg">
      {eyebrow}
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere', flex: '1 1 20rem' }}>
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {description && (
        <Text c="dimmed" maw="48rem">
          {description}
        </Text>
      )}
    </Stack>
  );
}
