import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@/lib/errors';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A query that failed: what happened in words, and a way to try again. */
export function QueryError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const offline = errorCode(error) === undefined;
  return (
    <Alert color="red" title={t('errors.loadTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{offline ? t('errors.network') : t('errors.server')}</Text>
        {onRetry && (
          <Button size="xs" variant="outline" color="red.9" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
