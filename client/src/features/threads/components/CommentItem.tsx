import { Alert, Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadCommentFragment } from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { canDeleteComment, canEditComment } from '@/lib/authorization';
import { useLocalized } from '@/lib/format';
import { notify } from '@/lib/notify';
import { useCommentMutations } from '../hooks/useThread';
import type { MentionCandidate } from '../mentions';
import { CommentBody } from './CommentBody';
import { CommentForm } from './CommentForm';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

interface Props {
  comment: ThreadCommentFragment;
  candidates: readonly MentionCandidate[];
  highlighted?: boolean;
}

/** One comment: who, when, its Markdown, and edit or delete for whom the policy lets. */
export function CommentItem({ comment, candidates, highlighted }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [confirming, confirm] = useDisclosure(false);
  const { edit, editing: saving, remove, removing } = useCommentMutations();
  const mayEdit = !comment.deleted && canEditComment(viewer, comment);
  const mayDelete = !comment.deleted && canDeleteComment(viewer, comment);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const doDelete = async () => {
    try {
      await remove({ variables: { id: comment.id } });
      confirm.close();
      notify(t('threads.deleted'));
    } catch {
      confirm.close();
      notify(t('threads.deleteFailed'), 'red');
    }
  };

  return (
    <Group
      component="article"
      id={`comment-${comment.id}`}
      aria-label={t('threads.commentBy', { name: comment.author.displayName })}
      align="flex-start"
      wrap="nowrap"
      gap="sm"
      p="xs"
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: highlighted ? 'var(--mantine-color-yellow-0)' : undefined,
      }}
    >
      <Avatar color="blue.8" variant="filled" radius="xl" size="md" aria-hidden>
        {initials(comment.author.displayName)}
      </Avatar>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap" align="baseline">
          <Text fw={600} size="sm">
            {comment.author.displayName}
          </Text>
          <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt}>
            {l.dateTime(comment.createdAt)}
          </Text>
          {comment.editedAt && !comment.deleted && (
            <Text size="xs" c="dimmed" fs="italic">
              {t('threads.edited')}
            </Text>
          )}
        </Group>
        {comment.deleted ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('threads.deletedPlaceholder')}
          </Text>
        ) : editing ? (
          <CommentForm
            label={t('threads.form.editLabel')}
            submitLabel={t('threads.form.saveEdit')}
            initial={comment.body}
            candidates={candidates}
            threadId={comment.threadId}
            viewerId={viewer.id}
            busy={saving.loading}
            focusOnMount
            onSave={async (body) => {
              await edit({ variables: { input: { commentId: comment.id, body } } });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <CommentBody markdown={comment.body} />
        )}
        {confirming ? (
          <Alert color="red" variant="light" p="xs" title={t('threads.confirmDelete.title')}>
            <Text size="sm" mb="xs">
              {t('threads.confirmDelete.text')}
            </Text>
            <Group gap="xs">
              <Button
                ref={confirmButton}
                color="red"
                size="xs"
                loading={removing.loading}
                onClick={() => void doDelete()}
              >
                {t('threads.confirmDelete.confirm')}
              </Button>
              <Button variant="default" size="xs" onClick={confirm.close}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Alert>
        ) : (
          !editing &&
          (mayEdit || mayDelete) && (
            <Group gap={4}>
              {mayEdit && (
                <Button variant="subtle" size="compact-xs" onClick={() => setEditing(true)}>
                  {t('threads.edit')}
                </Button>
              )}
              {mayDelete && (
                <Button variant="subtle" color="red" size="compact-xs" onClick={confirm.open}>
                  {t('threads.delete')}
                </Button>
              )}
            </Group>
          )
        )}
      </Stack>
    </Group>
  );
}
