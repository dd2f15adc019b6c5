import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Messages that belong to no single field. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert color="red" title={t('errors.saveTitle')} role="alert">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
