/**
 * <Thread>: the discussion of a need, a solution or a match.
 *
 * Props (a stable API; import it as `import { Thread } from '@/features/threads'`):
 * - `subject: { type: 'NEED' | 'SOLUTION' | 'MATCH'; id: string }` — what the
 *   thread is about. The component fetches the thread itself (one query,
 *   `need|solution|match(id) { thread { ... } }`), so the host page needs no
 *   thread field of its own.
 * - `participants?: { id: string; displayName: string }[]` — more people to
 *   offer at once when someone types `@` (people who may read the thread,
 *   e.g. a match's reviewers). Those the subject names (creator, proposer)
 *   and the comments' authors are offered anyway, and the server finds
 *   everyone else who may read the thread as the user types.
 * - `title?: string` — the section's heading; "Discussion" by default.
 * - `headingLevel?: 2 | 3` — the heading's level (2 by default, a section of the page).
 *
 * It renders a `<section>` labelled by its heading: the comments (Markdown,
 * sanitised), live (commentAdded), edit and delete where the policy lets,
 * and a form to post with @-mention completion. The Markdown renderer is in
 * its own chunk, fetched when a thread is first shown.
 */
import { Paper, Skeleton, Stack } from '@mantine/core';
import { Suspense, lazy } from 'react';
import type { SubjectType } from '@/generated/lazy';
import type { MentionCandidate } from '../mentions';

export interface ThreadProps {
  subject: { type: SubjectType; id: string };
  participants?: readonly MentionCandidate[];
  title?: string;
  headingLevel?: 2 | 3;
}

const ThreadPanel = lazy(() => import('./ThreadPanel'));

function ThreadFallback() {
  return (
    <Paper withBorder p="md" radius="md" aria-hidden>
      <Stack gap="sm">
        <Skeleton height={20} width="30%" />
        <Skeleton height={48} />
        <Skeleton height={80} />
      </Stack>
    </Paper>
  );
}

export function Thread(props: ThreadProps) {
  return (
    <Suspense fallback={<ThreadFallback />}>
      <ThreadPanel {...props} />
    </Suspense>
  );
}
