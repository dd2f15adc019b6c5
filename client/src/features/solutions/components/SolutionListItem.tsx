import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '@/components/EnumBadge';
import { ListCard } from '@/components/ListCard';
import type { SolutionListItemFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

/** A solution in the catalogue: who offers it, how far along, in a few lines. */
export function SolutionListItem({ solution }: { solution: SolutionListItemFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <ListCard
      id={`solution-${solution.id}`}
      href={`/solutions/${solution.id}`}
      title={solution.title}
      badge={<EnumBadge kind="Maturity" value={solution.maturity} />}
    >
      <Text size="sm" c="dimmed">
        {solution.provider.name} · {t('solutions.updatedOn', { date: l.date(solution.updatedAt) })}
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
    </ListCard>
  );
}
