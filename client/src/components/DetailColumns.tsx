import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A record's page: its sections in the main column, its facts at the side (below on a phone). */
export function DetailColumns({ children, side }: { children: ReactNode; side: ReactNode }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">{children}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>{side}</Grid.Col>
    </Grid>
  );
}
