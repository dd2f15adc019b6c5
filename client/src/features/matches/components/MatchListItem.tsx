import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListCard } from '@/components/ListCard';
import { MatchStatusBadge, ScoreMeter } from '@/features/matching';
import type { MatchListItemFragment } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';

/** A match in the queue: which solution for which need, where it stands, its score, its reviews. */
export function MatchListItem({ match }: { match: MatchListItemFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <ListCard
      id={`match-${match.id}`}
      href={`/matches/${match.id}`}
      title={
        <>
          {match.solution.title}
          <Text span inherit fw={400}>
            {` ${t('matches.list.forNeed', { need: match.need.title })}`}
          </Text>
        </>
      }
      badge={<MatchStatusBadge status={match.status} />}
    >
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
    </ListCard>
  );
}
