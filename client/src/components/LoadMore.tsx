import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-messages';
import { useLocalized } from '@/lib/format';

interface Props {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  /** The last "load more" failed: said here, with a way to try again. */
  error?: unknown;
  onMore: () => void;
}

/** "12 of 41" and a button for the next page: cursor pages, no page numbers to keep in step. */
export function LoadMore({ shown, total, hasMore, loading, error, onMore }: Props) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  return (
    <Stack gap="sm" mt="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('common.shownOf', { shown: number(shown), total: number(total) })}
        </Text>
        {hasMore && !error && (
          <Button variant="default" onClick={onMore} loading={loading}>
            {t('common.loadMore')}
          </Button>
        )}
      </Group>
      {error !== undefined && error !== null && (
        <LoadMoreError error={error} loading={loading} onRetry={onMore} />
      )}
    </Stack>
  );
}

/** The next page could not be loaded: why, in a few words, and a way to try again. */
export function LoadMoreError({
  error,
  loading,
  onRetry,
}: {
  error: unknown;
  loading: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" p="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('errors.loadMoreBecause', { reason: errorMessage(error, t) })}</Text>
        <Button size="xs" variant="outline" color="red.9" onClick={onRetry} loading={loading}>
          {t('common.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
