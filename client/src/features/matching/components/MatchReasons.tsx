import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchReasonFieldsFragment } from '@/generated/lazy';
import { percent } from './ScoreMeter';

interface Props {
  reasons: readonly MatchReasonFieldsFragment[];
}

/**
 * Why the engine ranks a pair where it does: the server's sentences (in the
 * language of the request), most weighty first, each with the points it adds.
 */
export function MatchReasons({ reasons }: Props) {
  const { t } = useTranslation();
  if (reasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('matching.reasons.none')}
      </Text>
    );
  }
  const sorted = [...reasons].sort((a, b) => b.contribution - a.contribution);
  return (
    <List size="sm" spacing={4} aria-label={t('matching.reasons.label')}>
      {sorted.map((r) => (
        <List.Item key={r.factor} style={{ overflowWrap: 'anywhere' }}>
          {r.detail}{' '}
          <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('matching.reasons.points', {
              points: percent(r.contribution),
              max: percent(r.weight),
            })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
