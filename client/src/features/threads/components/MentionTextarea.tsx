import { Box, Paper, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMentionable } from '../hooks/useMentionable';
import {
  activeMention,
  insertMention,
  mentionSuggestions,
  type ActiveMention,
  type MentionCandidate,
} from '../mentions';

interface Props {
  label: string;
  description?: string;
  value: string;
  onChange(value: string): void;
  /** People who may read the thread and whom the page knows: offered at once. */
  candidates: readonly MentionCandidate[];
  /** The thread written in: the server is asked for the others who fit, as the user types. */
  threadId?: string;
  /** The signed-in user, left out of the suggestions. */
  viewerId?: string;
  error?: string | null;
  disabled?: boolean;
  /** Moves the focus here when shown (editing a comment the user just chose to edit). */
  focusOnMount?: boolean;
  /** Ctrl+Enter or Cmd+Enter. */
  onSubmit?(): void;
  name?: string;
}

/**
 * A Markdown textarea that completes `@` mentions as you type: the people
 * who fit show in a list under it (those the page knows at once, then those
 * the server finds for the thread, after a short pause in typing); arrows
 * move, Enter or Tab picks, Escape closes. The textarea keeps the focus
 * (aria-activedescendant), and a status line tells screen-reader users how
 * many people fit.
 */
export function MentionTextarea({
  label,
  description,
  value,
  onChange,
  candidates,
  threadId,
  viewerId,
  error,
  disabled,
  focusOnMount,
  onSubmit,
  name,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-mentions`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ at: ActiveMention; caret: number } | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const query = mention && mention.at.start !== dismissed ? mention.at.query : null;
  const found = useMentionable(threadId, query);
  const suggestions = useMemo(
    () =>
      query === null
        ? []
        : mentionSuggestions([...candidates, ...found], query, { exclude: viewerId }),
    [query, candidates, found, viewerId],
  );
  const open = suggestions.length > 0;
  const current = open ? Math.min(active, suggestions.length - 1) : -1;

  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const track = (text: string, caret: number) => {
    const at = activeMention(text, caret);
    setMention(at ? { at, caret } : null);
    if (!at || at.start !== mention?.at.start) {
      setActive(0);
      setDismissed(null);
    }
  };

  const pick = (candidate: MentionCandidate) => {
    if (!mention) return;
    const next = insertMention(value, mention.at, mention.caret, candidate);
    pendingCaret.current = next.caret;
    setMention(null);
    onChange(next.text);
    ref.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        if (event.nativeEvent.isComposing) return;
        event.preventDefault();
        pick(suggestions[current]);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(mention?.at.start ?? null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
    }
  };

  const optionId = (i: number) => `${id}-mention-${i}`;

  return (
    <div style={{ position: 'relative' }}>
      <Textarea
        ref={ref}
        name={name}
        label={label}
        description={description}
        value={value}
        error={error}
        disabled={disabled}
        autosize
        minRows={3}
        maxRows={14}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(current) : undefined}
        onChange={(event) => {
          onChange(event.currentTarget.value);
          track(event.currentTarget.value, event.currentTarget.selectionStart);
        }}
        onSelect={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
      />
      <VisuallyHidden role="status" aria-live="polite">
        {open ? t('threads.mentions.count', { count: suggestions.length }) : ''}
      </VisuallyHidden>
      {open && (
        <Paper
          shadow="md"
          withBorder
          radius="md"
          p={4}
          style={{ position: 'absolute', zIndex: 20, left: 0, right: 0, maxWidth: '22rem' }}
        >
          <Text size="xs" c="dimmed" px="xs" pt={2} pb={4} id={`${listId}-label`}>
            {t('threads.mentions.label')}
          </Text>
          <ul
            role="listbox"
            id={listId}
            aria-labelledby={`${listId}-label`}
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {suggestions.map((candidate, i) => (
              <li
                key={candidate.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                tabIndex={-1}
                // Keep the focus in the textarea: pick on press, before it blurs.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(candidate);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <Box
                  px="xs"
                  py={6}
                  fz="sm"
                  style={{
                    borderRadius: 'var(--mantine-radius-sm)',
                    background: i === current ? 'var(--mantine-color-blue-0)' : undefined,
                    fontWeight: i === current ? 600 : undefined,
                  }}
                >
                  {candidate.displayName}
                </Box>
              </li>
            ))}
          </ul>
        </Paper>
      )}
    </div>
  );
}
