import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EnumBadge } from '@/components/EnumBadge';
import type { NeedListItemFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

/** A need in a list: what, where, who, how urgent, and when it last changed. */
export function NeedListItem({ need }: { need: NeedListItemFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`need-${need.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor
            component={Link}
            to={`/needs/${need.id}`}
            fw={650}
            id={`need-${need.id}`}
            style={{ overflowWrap: 'anywhere' }}
          >
            {need.title}
          </Anchor>
          <EnumBadge kind="NeedStatus" value={need.status} />
        </Group>
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
      </Stack>
    </Paper>
  );
}
