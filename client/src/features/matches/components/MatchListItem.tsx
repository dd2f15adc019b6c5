import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MatchStatusBadge } from '@/components/matching/MatchStatusBadge';
import { ScoreMeter } from '@/components/matching/ScoreMeter';
import type { MatchListItemFragment } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';

/** A match in the queue: which solution for which need, where it stands, its score, its reviews. */
export function MatchListItem({ match }: { match: MatchListItemFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`match-${match.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor
            component={Link}
            to={`/matches/${match.id}`}
            fw={650}
            id={`match-${match.id}`}
            style={{ overflowWrap: 'anywhere' }}
          >
            {match.solution.title}
            <Text span inherit fw={400}>
              {` ${t('matches.list.forNeed', { need: match.need.title })}`}
            </Text>
          </Anchor>
          <MatchStatusBadge status={match.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {[
            match.solution.provider.name,
            l.countryName(match.need.country),
            t('matching.matches.proposedBy', {
              name: match.proposedBy.displayName,
              date: l.date(match.createdAt),
            }),
            t('matches.list.reviews', { count: match.reviews.length }),
          ].join(' · ')}
        </Text>
        {match.score !== null && <ScoreMeter score={match.score} />}
      </Stack>
    </Paper>
  );
}
