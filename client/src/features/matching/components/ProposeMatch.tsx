import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrors } from '@/components/forms/FormErrors';
import { ProposeMatchDocument } from '@/generated/lazy';
import { serverErrors } from '@/lib/forms';
import { notify } from '@/lib/notify';

interface Props {
  needId: string;
  solutionId: string;
  /** What is proposed, for the button's accessible name ("Propose: Solution X"). */
  subject: string;
}

/**
 * "Propose this match": opens a short form (why it fits, optional), sends
 * proposeMatch, then goes to the new match. Offered only where the policy allows.
 */
export function ProposeMatch({ needId, solutionId, subject }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  // Opening the form moves the focus into it, where the user goes next.
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  const [propose, { loading }] = useMutation(ProposeMatchDocument, {
    // The need's and the solution's lists of matches gain one.
    update: (cache, { data }) => {
      if (!data) return;
      const match = data.proposeMatch;
      cache.evict({ id: cache.identify(match.need), fieldName: 'matches' });
      cache.evict({ id: cache.identify(match.solution), fieldName: 'matches' });
      cache.evict({ fieldName: 'matches' });
    },
  });

  if (!open) {
    return (
      <Button
        size="xs"
        variant="light"
        onClick={() => setOpen(true)}
        aria-label={t('matching.propose.openLabel', { subject })}
      >
        {t('matching.propose.open')}
      </Button>
    );
  }

  const submit = async () => {
    setErrors([]);
    try {
      const { data } = await propose({
        variables: {
          input: { needId, solutionId, rationale: rationale.trim() || null },
        },
      });
      if (!data) return;
      notify(t('matching.propose.done'));
      void navigate(`/matches/${data.proposeMatch.id}`);
    } catch (error) {
      setErrors(
        serverErrors(error, t, [], { conflict: t('matching.propose.alreadyProposed') }).general,
      );
    }
  };

  return (
    <Stack gap="xs" w="100%">
      <Textarea
        id={id}
        label={t('matching.propose.rationale')}
        description={t('matching.propose.rationaleHint')}
        autosize
        minRows={2}
        maxRows={8}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
        ref={field}
      />
      <FormErrors messages={errors} />
      <Group gap="xs">
        <Button size="xs" loading={loading} onClick={() => void submit()}>
          {t('matching.propose.submit')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)} disabled={loading}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
