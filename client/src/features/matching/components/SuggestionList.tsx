import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import type { MatchReasonFieldsFragment } from '@/generated/lazy';
import { MatchReasons } from './MatchReasons';
import { ScoreMeter } from './ScoreMeter';

export interface SuggestionItem {
  id: string;
  title: string;
  href: string;
  /** Who or where, in one line. */
  meta: string;
  score: number;
  reasons: readonly MatchReasonFieldsFragment[];
  /** Propose it, or a link to the match already under way. */
  action?: ReactNode;
}

interface Props {
  id: string;
  title: string;
  intro: string;
  empty: string;
  items: readonly SuggestionItem[];
  loading: boolean;
  error?: unknown;
  onRetry(): void;
}

/**
 * Shown at first, and added by each "show more": ten suggestions with their
 * reasons would push the matches and the discussion far down on a phone.
 */
export const SUGGESTIONS_STEP = 5;

/**
 * The engine's ranked suggestions, best first, each with its score and reasons:
 * the first few, then a button for the rest.
 */
export function SuggestionList({ id, title, intro, empty, items, loading, error, onRetry }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(SUGGESTIONS_STEP);
  // The first item a "show more" revealed takes the focus, so keyboard and
  // screen-reader users carry on from there (the button may be gone).
  const [revealedFrom, setRevealedFrom] = useState<number | null>(null);
  const firstRevealed = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (revealedFrom !== null) firstRevealed.current?.focus();
  }, [revealedFrom]);
  const more = Math.min(SUGGESTIONS_STEP, items.length - shown);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {intro}
      </Text>
      {loading && items.length === 0 && <PageLoader />}
      {error && items.length === 0 ? <QueryError error={error} onRetry={onRetry} /> : null}
      {!loading && !error && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items.length > 0 && (
        <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.slice(0, shown).map((item, index) => (
            <li key={item.id}>
              <Paper bg="gray.0" p="sm" radius="md">
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <Stack gap={2} miw={0} style={{ flex: '1 1 16rem' }}>
                      <Text size="xs" c="dimmed" fw={600}>
                        {t('matching.suggestions.rank', { rank: index + 1 })}
                      </Text>
                      <Anchor
                        component={Link}
                        to={item.href}
                        ref={index === revealedFrom ? firstRevealed : undefined}
                        fw={650}
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {item.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {item.meta}
                      </Text>
                    </Stack>
                    <Box style={{ flex: '0 1 16rem' }} miw="12rem">
                      <ScoreMeter score={item.score} />
                    </Box>
                  </Group>
                  <MatchReasons reasons={item.reasons} />
                  {item.action && <Group gap="xs">{item.action}</Group>}
                </Stack>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
      {more > 0 && (
        <Button
          variant="default"
          size="sm"
          mt="md"
          aria-describedby={id}
          onClick={() => {
            setRevealedFrom(shown);
            setShown(shown + SUGGESTIONS_STEP);
          }}
        >
          {t('matching.suggestions.showMore', { count: more })}
        </Button>
      )}
    </Paper>
  );
}
