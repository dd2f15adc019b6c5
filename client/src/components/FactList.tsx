import { Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { Section } from './Section';

export type Fact = [label: string, value: ReactNode];

/** A record's facts as a description list, side by side with its text on a desktop. */
export function FactList({ id, title, facts }: { id: string; title: string; facts: Fact[] }) {
  return (
    <Section id={id} title={title}>
      <Stack component="dl" gap="xs" m={0}>
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} mb={4} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </Fragment>
        ))}
      </Stack>
    </Section>
  );
}
