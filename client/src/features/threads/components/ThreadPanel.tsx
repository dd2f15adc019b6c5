import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadMoreError } from '@/components/LoadMore';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { useLoadMore } from '@/hooks/useLoadMore';
import { useViewer } from '@/lib/auth/viewer';
import { useLocalized } from '@/lib/format';
import { useCommentMutations, useThread } from '../hooks/useThread';
import type { ThreadProps } from './Thread';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

/** The thread itself (see Thread.tsx for its props): its own chunk, with the Markdown renderer. */
export default function ThreadPanel({
  subject,
  participants,
  title,
  headingLevel = 2,
}: ThreadProps) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  const viewer = useViewer();
  const headingId = useId();
  const { hash } = useLocation();
  const { thread, comments, candidates, loading, error, refetch, loadMore } = useThread(
    subject,
    participants,
  );
  const { post, posting } = useCommentMutations();
  const more = useLoadMore(loadMore);

  // Tell screen-reader users of comments that others post while they read.
  const seen = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!thread) return;
    const ids = new Set(comments.map((c) => c.id));
    if (seen.current) {
      const fresh = comments.filter((c) => !seen.current!.has(c.id) && c.author.id !== viewer.id);
      if (fresh.length > 0) {
        setAnnouncement(
          t('threads.newComment', { name: fresh[fresh.length - 1].author.displayName }),
        );
      }
    }
    seen.current = ids;
  }, [thread, comments, viewer.id, t]);

  // A link to one comment (from a notification) scrolls to it.
  const target = hash.startsWith('#comment-') ? hash.slice('#comment-'.length) : null;
  const found = target !== null && comments.some((c) => c.id === target);
  useEffect(() => {
    if (found) document.getElementById(`comment-${target}`)?.scrollIntoView({ block: 'center' });
  }, [found, target]);

  const heading = (
    <Group gap="xs" mb="sm">
      <Title order={headingLevel} size="h4" id={headingId}>
        {title ?? t('threads.title')}
      </Title>
      {thread && (
        <Badge variant="light" color="gray" radius="sm" aria-hidden>
          {number(thread.comments.totalCount)}
        </Badge>
      )}
    </Group>
  );

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="thread"
    >
      {heading}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {loading && <PageLoader />}
      {error && !thread && <QueryError error={error} onRetry={refetch} />}
      {!loading && !error && !thread && (
        <Text size="sm" c="dimmed">
          {t('threads.none')}
        </Text>
      )}
      {thread && (
        <Stack gap="md">
          {comments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('threads.empty')}
            </Text>
          ) : (
            <Stack
              component="ol"
              gap={4}
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('threads.count', { count: thread.comments.totalCount })}
            >
              {comments.map((comment) => (
                <li key={comment.id}>
                  <CommentItem
                    comment={comment}
                    candidates={candidates}
                    highlighted={comment.id === target}
                  />
                </li>
              ))}
            </Stack>
          )}
          {thread.comments.pageInfo.hasNextPage &&
            (more.error ? (
              <LoadMoreError
                error={more.error}
                loading={more.loading}
                onRetry={() => void more.run()}
              />
            ) : (
              <Group justify="center">
                <Button variant="default" loading={more.loading} onClick={() => void more.run()}>
                  {t('threads.more')}
                </Button>
              </Group>
            ))}
          <CommentForm
            label={t('threads.form.label')}
            submitLabel={t('threads.form.submit')}
            candidates={candidates}
            threadId={thread.id}
            viewerId={viewer.id}
            busy={posting.loading}
            onSave={(body) => post({ variables: { input: { threadId: thread.id, body } } })}
          />
        </Stack>
      )}
    </Paper>
  );
}
