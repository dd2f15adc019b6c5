import { Button, Group } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/forms/FormErrors';
import { serverErrors } from '@/lib/forms';
import type { MentionCandidate } from '../mentions';
import { MentionTextarea } from './MentionTextarea';

export const MAX_BODY = 10_000;

interface Props {
  label: string;
  submitLabel: string;
  initial?: string;
  candidates: readonly MentionCandidate[];
  /** The thread written in, to find more people to mention. */
  threadId?: string;
  viewerId: string;
  busy: boolean;
  focusOnMount?: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSave(body: string): Promise<unknown>;
  onCancel?(): void;
}

/**
 * Writing a comment (or editing one): Markdown with @-mentions; the
 * message of an empty, too long or refused comment shows at the field.
 */
export function CommentForm({
  label,
  submitLabel,
  initial = '',
  candidates,
  threadId,
  viewerId,
  busy,
  focusOnMount,
  onSave,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (body.trim() === '') return setError(t('threads.form.empty'));
    if (body.length > MAX_BODY) return setError(t('threads.form.tooLong', { max: MAX_BODY }));
    setError(null);
    setGeneral([]);
    try {
      await onSave(body);
      if (!initial) setBody('');
    } catch (e) {
      // The only conflict of a comment: deleted (by its author elsewhere, or an administrator).
      const { byField, general: rest } = serverErrors(e, t, ['body'], {
        conflict: t('threads.form.deleted'),
      });
      setError(byField.body ?? null);
      setGeneral(rest);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <MentionTextarea
        name="body"
        label={label}
        description={t('threads.form.hint')}
        value={body}
        onChange={(v) => {
          setBody(v);
          if (error) setError(null);
        }}
        candidates={candidates}
        threadId={threadId}
        viewerId={viewerId}
        error={error}
        focusOnMount={focusOnMount}
        onSubmit={() => void submit()}
      />
      {general.length > 0 && (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <FormErrors messages={general} />
        </div>
      )}
      <Group justify="flex-end" gap="xs" mt="sm">
        {onCancel && (
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
