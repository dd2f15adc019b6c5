import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EnumBadge } from '@/components/EnumBadge';
import type { MatchDetailFragment } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';

function Side({
  id,
  heading,
  title,
  href,
  text,
  facts,
  domains,
}: {
  id: string;
  heading: string;
  title: string;
  href: string;
  text: string;
  facts: [string, ReactNode][];
  domains: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} miw={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {heading}
      </Text>
      <Title order={2} size="h4" id={id} mb="xs" style={{ overflowWrap: 'anywhere' }}>
        <Anchor component={Link} to={href} inherit>
          {title}
        </Anchor>
      </Title>
      <Text
        size="sm"
        mb="sm"
        lineClamp={6}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {text}
      </Text>
      <Stack component="dl" gap={4} m={0}>
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} mb={4}>
              {value}
            </Text>
          </Fragment>
        ))}
      </Stack>
      <Group gap={6} mt="xs">
        {domains}
      </Group>
    </Paper>
  );
}

/** The need and the solution side by side on a desktop, one above the other on a phone. */
export function MatchSides({ match }: { match: MatchDetailFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { need, solution } = match;
  const badges = (domains: typeof need.domains) =>
    domains.map((d) => (
      <Badge key={d.code} variant="outline" color="gray.8" radius="sm" tt="none">
        {l.domainLabel(d)}
      </Badge>
    ));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Side
        id="match-need"
        heading={t('matches.detail.need')}
        title={need.title}
        href={`/needs/${need.id}`}
        text={need.description}
        facts={[
          [t('matches.detail.needStatus'), <EnumBadge kind="NeedStatus" value={need.status} />],
          [t('matches.detail.country'), l.countryName(need.country)],
          [
            t('matches.detail.ministry'),
            need.ministry ? `${need.ministry.acronym} · ${need.ministry.name}` : t('common.none'),
          ],
          [t('matches.detail.priority'), <EnumBadge kind="Priority" value={need.priority} />],
        ]}
        domains={badges(need.domains)}
      />
      <Side
        id="match-solution"
        heading={t('matches.detail.solution')}
        title={solution.title}
        href={`/solutions/${solution.id}`}
        text={solution.summary}
        facts={[
          [t('matches.detail.provider'), solution.provider.name],
          [t('matches.detail.maturity'), <EnumBadge kind="Maturity" value={solution.maturity} />],
          [t('matches.detail.openSource'), solution.openSource ? t('common.yes') : t('common.no')],
        ]}
        domains={badges(solution.domains)}
      />
    </SimpleGrid>
  );
}
