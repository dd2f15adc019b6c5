import { Button, Group, Paper, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/forms/FormErrors';
import type { MatchStatus } from '@/generated/lazy';
import { serverErrors } from '@/lib/forms';
import { notify } from '@/lib/notify';
import { useDecideMatch } from '../hooks/useMatches';

interface Props {
  matchId: string;
  reviews: number;
  onDecided(): void;
}

/** A coordinator's decision: accept or reject, with a note for the record. */
export function DecisionPanel({ matchId, reviews, onDecided }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [decide, { loading }] = useDecideMatch();
  const [choice, setChoice] = useState<MatchStatus | null>(null);

  const send = async (status: 'ACCEPTED' | 'REJECTED') => {
    setErrors([]);
    setChoice(status);
    try {
      await decide({ variables: { input: { matchId, status, note: note.trim() || null } } });
      notify(t(status === 'ACCEPTED' ? 'decision.accepted' : 'decision.rejected'));
    } catch (error) {
      setErrors(serverErrors(error, t, []).general);
    } finally {
      onDecided();
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="match-decision">
      <Title order={2} size="h4" id="match-decision" mb={4}>
        {t('decision.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {reviews === 0 ? t('decision.needsReview') : t('decision.intro')}
      </Text>
      <Textarea
        label={t('decision.note')}
        description={t('decision.noteHint')}
        autosize
        minRows={2}
        maxRows={8}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        mb="sm"
      />
      <FormErrors messages={errors} />
      <Group gap="xs" mt="sm">
        <Button
          color="teal.9"
          disabled={reviews === 0 || (loading && choice !== 'ACCEPTED')}
          loading={loading && choice === 'ACCEPTED'}
          onClick={() => void send('ACCEPTED')}
        >
          {t('decision.accept')}
        </Button>
        <Button
          color="red.9"
          variant="outline"
          disabled={reviews === 0 || (loading && choice !== 'REJECTED')}
          loading={loading && choice === 'REJECTED'}
          onClick={() => void send('REJECTED')}
        >
          {t('decision.reject')}
        </Button>
      </Group>
    </Paper>
  );
}
