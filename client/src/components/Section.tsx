import { Paper, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  /** Space under the heading. */
  gap?: MantineSpacing;
  children: ReactNode;
}

/** A titled block of a page. */
export function Section({ id, title, gap = 'sm', children }: Props) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={gap}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
