import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface RecordItem {
  id: string;
  to: string;
  title: string;
  meta: ReactNode;
  badge: ReactNode;
}

interface Props {
  title: string;
  items: readonly RecordItem[];
  empty: string;
  allLink: string;
  allLabel: string;
}

/** A short titled list of needs or solutions with a link to all of them. */
export function RecordList({ title, items, empty, allLink, allLabel }: Props) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Anchor component={Link} to={allLink} size="sm">
          {allLabel}
        </Anchor>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={item.to} fw={600} size="sm" lineClamp={2}>
                    {item.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {item.meta}
                  </Text>
                </div>
                {item.badge}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
