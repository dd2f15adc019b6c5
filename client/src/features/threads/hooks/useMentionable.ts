import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { MentionablePeopleDocument } from '@/generated/lazy';
import type { MentionCandidate } from '../mentions';

/** How long typing pauses before the server is asked: one request per pause, not per key. */
export const MENTION_SEARCH_DELAY = 150;

const NONE: readonly MentionCandidate[] = [];

/**
 * The people the server finds for the mention being typed in a thread
 * (`Thread.mentionable`): those who may read it, including anyone who has not
 * written in it yet. `search` is what follows the `@`, or null when no
 * mention is being typed. Until an answer comes (or if none does), the last
 * one stands: the caller merges it with the people the page already knows,
 * which show at once.
 */
export function useMentionable(
  threadId: string | undefined,
  search: string | null,
): readonly MentionCandidate[] {
  const [settled] = useDebouncedValue(search, MENTION_SEARCH_DELAY);
  const { data, previousData } = useQuery(MentionablePeopleDocument, {
    variables: { threadId: threadId ?? '', search: settled?.trim() ?? '' },
    skip: !threadId || settled === null,
    // Typing back to an earlier search reuses its answer; people rarely change mid-sentence.
    fetchPolicy: 'cache-first',
  });
  const answer = data ?? previousData;
  return useMemo(() => answer?.thread?.mentionable ?? NONE, [answer]);
}
