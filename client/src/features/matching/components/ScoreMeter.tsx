import { Box, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The engine's score, 0 to 1. */
  score: number;
  /** What is measured, for screen readers and as the visible caption ("Fit"). */
  label?: string;
  /** How wide it may grow (the bar takes what the label and value leave). */
  maxWidth?: string;
}

/** 0.724 → 72: the percentage a person reads. */
export const percent = (score: number): number => Math.round(Math.min(1, Math.max(0, score)) * 100);

/**
 * A score as a bar with its percentage written beside it: a meter (not a
 * progress bar: nothing is loading) with its name and value for screen readers.
 */
export function ScoreMeter({ score, label, maxWidth = '20rem' }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const value = percent(score);
  const name = label ?? t('matching.score.label');
  const text = t('matching.score.value', { value });
  return (
    <Group gap="xs" wrap="nowrap" miw={0} w="100%" maw={maxWidth}>
      <Text size="xs" c="dimmed" fw={600} id={id} style={{ flexShrink: 0 }}>
        {name}
      </Text>
      <Box
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={text}
        h={8}
        style={{
          flex: 1,
          minWidth: '3rem',
          borderRadius: 4,
          background: 'var(--mantine-color-gray-2)',
          overflow: 'hidden',
        }}
      >
        <Box
          h="100%"
          w={`${value}%`}
          bg={value >= 60 ? 'teal.8' : value >= 35 ? 'blue.8' : 'gray.6'}
        />
      </Box>
      <Text size="sm" fw={650} style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
        {text}
      </Text>
    </Group>
  );
}
