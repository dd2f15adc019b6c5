import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '@/components/EnumBadge';
import { FactList, type Fact } from '@/components/FactList';
import type { SolutionDetailFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

export function SolutionFacts({ solution }: { solution: SolutionDetailFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { provider } = solution;
  const facts: Fact[] = [
    [t('solutions.fields.provider'), provider.name],
    [t('solutions.providerKind'), t(`enums.OrganizationKind.${provider.kind}`)],
    ...(provider.website
      ? [
          [
            t('solutions.website'),
            <Anchor href={provider.website} target="_blank" rel="noreferrer">
              {provider.website}
            </Anchor>,
          ] as Fact,
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
  return <FactList id="solution-facts" title={t('solutions.facts')} facts={facts} />;
}
