import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '@/components/EnumBadge';
import type { SolutionDetailFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

export function SolutionFacts({ solution }: { solution: SolutionDetailFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { provider } = solution;
  const facts: [string, ReactNode][] = [
    [t('solutions.fields.provider'), provider.name],
    [t('solutions.providerKind'), t(`enums.OrganizationKind.${provider.kind}`)],
    ...(provider.website
      ? [
          [
            t('solutions.website'),
            <Anchor href={provider.website} target="_blank" rel="noreferrer">
              {provider.website}
            </Anchor>,
          ] as [string, ReactNode],
        ]
      : []),
    [t('solutions.fields.status'), <EnumBadge kind="SolutionStatus" value={solution.status} />],
    [t('solutions.fields.maturity'), <EnumBadge kind="Maturity" value={solution.maturity} />],
    [t('solutions.fields.openSource'), solution.openSource ? t('common.yes') : t('common.no')],
    [
      t('solutions.fields.countriesDeployed'),
      solution.countriesDeployed.map((c) => l.countryName(c)).join(', ') || t('common.none'),
    ],
    [t('solutions.describedBy'), solution.createdBy.displayName],
    [t('solutions.updatedAt'), l.dateTime(solution.updatedAt)],
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="solution-facts">
      <Title order={2} size="h4" id="solution-facts" mb="sm">
        {t('solutions.facts')}
      </Title>
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
    </Paper>
  );
}
