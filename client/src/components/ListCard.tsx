import { Anchor, Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  /** The title link's id, which names the card. */
  id: string;
  href: string;
  title: ReactNode;
  /** Where it stands, beside the title. */
  badge: ReactNode;
  /** The lines below the title. */
  children: ReactNode;
}

/** One record in a list: its title links to its page. */
export function ListCard({ id, href, title, badge, children }: Props) {
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor component={Link} to={href} fw={650} id={id} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Anchor>
          {badge}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
