import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/Section';
import type { MatchSummaryFragment } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';
import { MatchStatusBadge } from './MatchStatusBadge';

interface Props {
  /** Whose page this is: each match then names the other side. */
  of: 'need' | 'solution';
  matches: readonly MatchSummaryFragment[];
}

/** The matches of a need or a solution and where each stands. */
export function RelatedMatches({ of, matches }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <Section id={`${of}-matches`} title={t('matching.matches.title')}>
      {matches.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(of === 'need' ? 'matching.matches.noneForNeed' : 'matching.matches.noneForSolution')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {matches.map((m) => (
            <li key={m.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={2} miw={0}>
                  <Anchor
                    component={Link}
                    to={`/matches/${m.id}`}
                    fw={600}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {of === 'need' ? m.solution.title : m.need.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[
                      of === 'need' ? m.solution.provider.name : l.countryName(m.need.country),
                      t('matching.matches.proposedBy', {
                        name: m.proposedBy.displayName,
                        date: l.date(m.createdAt),
                      }),
                    ].join(' · ')}
                  </Text>
                </Stack>
                <MatchStatusBadge status={m.status} />
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
