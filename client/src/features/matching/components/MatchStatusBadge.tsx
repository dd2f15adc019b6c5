import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchStatus } from '@/generated/lazy';

const COLORS: Record<MatchStatus, MantineColor> = {
  PROPOSED: 'blue',
  UNDER_REVIEW: 'orange',
  ACCEPTED: 'teal',
  REJECTED: 'red',
  WITHDRAWN: 'gray',
};

export const MATCH_STATUSES: readonly MatchStatus[] = [
  'PROPOSED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
];

/** Matches still under way or accepted: at most one per need and solution. */
export const LIVE_MATCH_STATUSES: readonly MatchStatus[] = ['PROPOSED', 'UNDER_REVIEW', 'ACCEPTED'];

/** A match's state, named in the user's language. */
export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} radius="sm" tt="none" style={{ flexShrink: 0 }}>
      {t(`matching.status.${status}`)}
    </Badge>
  );
}
