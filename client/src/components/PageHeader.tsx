import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons for what the user may do here. */
  actions?: ReactNode;
  /** Above the title: a way back. */
  eyebrow?: ReactNode;
}

/** Every page's one h1, its intro and its actions (beside it on a desktop, below it on a phone). */
export function PageHeader({ title, description, actions, eyebrow }: Props) {
  return (
    <Stack gap="xs" mb="lg">
      {eyebrow}
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <Stack gap={6} style={{ flex: '1 1 22rem', minWidth: 0 }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" maw="48rem">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}

/** A page header's eyebrow: the way back to where the page belongs. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      {label}
    </Anchor>
  );
}
