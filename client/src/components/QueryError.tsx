import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-messages';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A query that failed: what happened in words, and a way to try again. */
export function QueryError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.loadTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry && (
          <Button size="xs" variant="outline" color="red.9" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
