import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EnumBadge } from '@/components/EnumBadge';
import type { SolutionListItemFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

export function SolutionListItem({ solution }: { solution: SolutionListItemFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={`solution-${solution.id}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor
            component={Link}
            to={`/solutions/${solution.id}`}
            fw={650}
            id={`solution-${solution.id}`}
            style={{ overflowWrap: 'anywhere' }}
          >
            {solution.title}
          </Anchor>
          <EnumBadge kind="Maturity" value={solution.maturity} />
        </Group>
        <Text size="sm" c="dimmed">
          {solution.provider.name} ·{' '}
          {t('solutions.updatedOn', { date: l.date(solution.updatedAt) })}
        </Text>
        <Text size="sm" lineClamp={3}>
          {solution.summary}
        </Text>
        <Group gap={6}>
          {solution.status !== 'PUBLISHED' && (
            <EnumBadge kind="SolutionStatus" value={solution.status} />
          )}
          {solution.openSource && (
            <Badge variant="light" color="green" radius="sm" tt="none">
              {t('solutions.openSource')}
            </Badge>
          )}
          {solution.domains.map((d) => (
            <Badge key={d.code} variant="outline" color="gray.8" radius="sm" tt="none">
              {l.domainLabel(d)}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
