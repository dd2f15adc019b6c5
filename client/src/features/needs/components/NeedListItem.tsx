import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '@/components/EnumBadge';
import { ListCard } from '@/components/ListCard';
import type { NeedListItemFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

/** A need in a list: what, where, who, how urgent, and when it last changed. */
export function NeedListItem({ need }: { need: NeedListItemFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <ListCard
      id={`need-${need.id}`}
      href={`/needs/${need.id}`}
      title={need.title}
      badge={<EnumBadge kind="NeedStatus" value={need.status} />}
    >
      <Text size="sm" c="dimmed">
        {[
          l.countryName(need.country),
          need.ministry?.acronym,
          t('needs.updatedOn', { date: l.date(need.updatedAt) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Group gap={6}>
        <EnumBadge kind="Priority" value={need.priority} />
        <EnumBadge kind="Visibility" value={need.visibility} />
        {need.domains.map((d) => (
          <Badge key={d.code} variant="outline" color="gray.8" radius="sm" tt="none">
            {l.domainLabel(d)}
          </Badge>
        ))}
      </Group>
    </ListCard>
  );
}
