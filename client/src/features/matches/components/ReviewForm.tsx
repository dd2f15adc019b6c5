import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/forms/FormErrors';
import type { ReviewFieldsFragment } from '@/generated/lazy';
import { useServerErrors } from '@/hooks/useServerErrors';
import { useFormState } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useReviewMatch } from '../hooks/useMatches';
import {
  RECOMMENDATIONS,
  REVIEW_FIELDS,
  RUBRIC,
  reviewFormValues,
  reviewValidators,
  toReviewInput,
  type ReviewFormValues,
} from './reviewFormModel';

interface Props {
  matchId: string;
  /** The reviewer's own review, when they change it. */
  mine?: ReviewFieldsFragment | null;
  onSaved(): void;
}

const SCORES = ['1', '2', '3', '4', '5'];

/**
 * The rubric: four scores from 1 to 5 (radio buttons: one tap on a phone, arrow
 * keys on a keyboard), a recommendation and a comment. A second review by the
 * same person replaces the first. Server messages land at their field.
 */
export function ReviewForm({ matchId, mine, onSaved }: Props) {
  const { t } = useTranslation();
  const validators = useMemo(() => reviewValidators(t('review.choose')), [t]);
  const form = useFormState<ReviewFormValues>(reviewFormValues(mine), validators);
  const { formRef, generalErrors, clearGeneral, show } = useServerErrors(form, REVIEW_FIELDS);
  const [review, { loading }] = useReviewMatch();

  const submit = async (values: ReviewFormValues) => {
    clearGeneral();
    try {
      await review({ variables: { input: toReviewInput(matchId, values) } });
      notify(t('review.saved'));
      onSaved();
    } catch (error) {
      show(error);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="review-form">
      <Title order={2} size="h4" id="review-form" mb={4}>
        {mine ? t('review.changeTitle') : t('review.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {mine ? t('review.replaces') : t('review.intro')}
      </Text>
      <form ref={formRef} onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          {RUBRIC.map((field) => (
            <Radio.Group
              key={field}
              label={t(`review.rubric.${field}`)}
              description={t(`review.hints.${field}`)}
              withAsterisk
              {...form.getInputProps(field)}
            >
              <Group gap="lg" mt="xs">
                {SCORES.map((score) => (
                  <Radio
                    key={score}
                    value={score}
                    label={score}
                    aria-label={t('review.scoreOf', { score, field: t(`review.rubric.${field}`) })}
                    aria-invalid={form.errors[field] ? true : undefined}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <Radio.Group
            label={t('review.recommendation')}
            withAsterisk
            {...form.getInputProps('recommendation')}
          >
            <Group gap="lg" mt="xs">
              {RECOMMENDATIONS.map((r) => (
                <Radio
                  key={r}
                  value={r}
                  label={t(`review.recommendations.${r}`)}
                  aria-invalid={form.errors.recommendation ? true : undefined}
                />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('review.comment')}
            description={t('review.commentHint')}
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('comment')}
          />
          <FormErrors messages={generalErrors} />
          <Group>
            <Button type="submit" loading={loading}>
              {mine ? t('review.submitChange') : t('review.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
