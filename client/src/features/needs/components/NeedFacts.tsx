import { Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '@/components/EnumBadge';
import type { NeedDetailFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

/** The need's facts, side by side with its text on a desktop, below the title on a phone. */
export function NeedFacts({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const facts: [string, ReactNode][] = [
    [t('needs.fields.status'), <EnumBadge kind="NeedStatus" value={need.status} />],
    [t('needs.fields.priority'), <EnumBadge kind="Priority" value={need.priority} />],
    [t('needs.fields.visibility'), <EnumBadge kind="Visibility" value={need.visibility} />],
    [t('needs.fields.country'), l.countryName(need.country)],
    [
      t('needs.fields.ministry'),
      need.ministry ? `${need.ministry.acronym} · ${need.ministry.name}` : t('common.none'),
    ],
    [t('needs.fields.partnerInstitution'), need.partnerInstitution ?? t('common.none')],
    [t('needs.loggedBy'), need.createdBy.displayName],
    [t('needs.createdAt'), l.date(need.createdAt)],
    [t('needs.updatedAt'), l.dateTime(need.updatedAt)],
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="need-facts">
      <Title order={2} size="h4" id="need-facts" mb="sm">
        {t('needs.facts')}
      </Title>
      <Stack component="dl" gap="xs" m={0}>
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} mb={4}>
              {value}
            </Text>
          </Fragment>
        ))}
      </Stack>
    </Paper>
  );
}
