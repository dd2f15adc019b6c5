import { Anchor, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useLocalized } from '@/lib/format';

interface Props {
  label: string;
  value: number | undefined;
  to: string;
}

/** A figure that leads to the list behind it. */
export function StatCard({ label, value, to }: Props) {
  const { number } = useLocalized();
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Anchor component={Link} to={to} fz={32} fw={700} c="blue.9" underline="hover">
        {value === undefined ? '–' : number(value)}
      </Anchor>
    </Paper>
  );
}
