import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/lib/format';

interface Props {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}

/** "12 of 41" and a button for the next page: cursor pages, no page numbers to keep in step. */
export function LoadMore({ shown, total, hasMore, loading, onMore }: Props) {
  const { t } = useTranslation();
  const { number } = useLocalized();
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.shownOf', { shown: number(shown), total: number(total) })}
      </Text>
      {hasMore && (
        <Button variant="default" onClick={onMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </Group>
  );
}
