import {
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  type MantineColor,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recommendation, ReviewFieldsFragment } from '@/generated/lazy';
import { useLocalized } from '@/lib/format';
import { RUBRIC } from './reviewFormModel';

const COLORS: Record<Recommendation, MantineColor> = {
  ACCEPT: 'teal',
  REJECT: 'red',
  ABSTAIN: 'gray',
};

/** The reviews given so far, each with its rubric, recommendation and comment. */
export function ReviewList({ reviews }: { reviews: readonly ReviewFieldsFragment[] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="match-reviews">
      <Title order={2} size="h4" id="match-reviews" mb="sm">
        {t('review.listTitle', { count: reviews.length })}
      </Title>
      {reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {reviews.map((r) => (
            <Paper component="li" key={r.id} bg="gray.0" p="sm" radius="md">
              <Group justify="space-between" gap="xs" mb="xs">
                <Text size="sm" fw={600}>
                  {t('review.by', { name: r.reviewer.displayName, date: l.dateTime(r.updatedAt) })}
                </Text>
                <Badge variant="light" color={COLORS[r.recommendation]} radius="sm" tt="none">
                  {t(`review.recommendations.${r.recommendation}`)}
                </Badge>
              </Group>
              <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="xs" m={0}>
                {RUBRIC.map((field) => (
                  <div key={field}>
                    <Text component="dt" size="xs" c="dimmed">
                      {t(`review.rubric.${field}`)}
                    </Text>
                    <Text component="dd" size="sm" fw={650} m={0}>
                      {t('review.outOf', { score: r[field] })}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
              {r.comment && (
                <Text
                  size="sm"
                  mt="xs"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {r.comment}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
