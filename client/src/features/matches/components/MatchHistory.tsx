import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchHistoryQuery, MatchStatus } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';

type Event = MatchHistoryQuery['auditEvents']['edges'][number]['node'];

const OPERATIONS = ['proposeMatch', 'startReview', 'decideMatch', 'withdrawMatch'] as const;
type Operation = (typeof OPERATIONS)[number];
const isOperation = (op: string): op is Operation => (OPERATIONS as readonly string[]).includes(op);

/** The status a change moved the match to, read from the audit's JSON values. */
function statusAfter(event: Event): MatchStatus | null {
  const change = event.changes.find((c) => c.field === 'status');
  if (!change?.after) return null;
  try {
    return JSON.parse(change.after) as MatchStatus;
  } catch {
    return null;
  }
}

/** Who moved the match and when, oldest first, from the audit trail (the working group's). */
export function MatchHistory({ events }: { events: readonly Event[] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const ordered = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="match-history">
      <Title order={2} size="h4" id="match-history" mb="sm">
        {t('matches.history.title')}
      </Title>
      {ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('matches.history.none')}
        </Text>
      ) : (
        <Stack component="ol" gap={6} m={0} pl="md">
          {ordered.map((e) => {
            const status = statusAfter(e);
            return (
              <Text component="li" size="sm" key={e.id}>
                {isOperation(e.operation)
                  ? t(`matches.history.operations.${e.operation}`)
                  : e.operation}
                {status && e.operation === 'decideMatch'
                  ? ` → ${t(`matching.status.${status}`)}`
                  : ''}
                <Text span size="xs" c="dimmed">
                  {' · '}
                  {[
                    e.actor?.displayName ?? t('matches.history.system'),
                    l.dateTime(e.occurredAt),
                  ].join(' · ')}
                </Text>
              </Text>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
