import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormApi } from '@/lib/form';
import { FormErrors } from './FormErrors';

/** What a record's create or edit form takes, whatever its fields. */
export interface RecordFormProps<V> {
  form: FormApi<V>;
  formRef: RefObject<HTMLFormElement | null>;
  saving: boolean;
  generalErrors: readonly string[];
  /** The version-conflict choice, when there is one. */
  conflict?: ReactNode;
  onSubmit(values: V): void;
  onCancel(): void;
}

interface Props<V> extends RecordFormProps<V> {
  submitLabel: string;
  /** The fields. */
  children: ReactNode;
}

/**
 * A record's form around its fields: server errors that belong to no field,
 * the conflict choice, then save and cancel. The browser's own validation is
 * off: the form checks what it can, and the server's messages land at their field.
 */
export function RecordForm<V>(props: Props<V>) {
  const { form, formRef, saving } = props;
  const { t } = useTranslation();
  return (
    <form ref={formRef} onSubmit={form.onSubmit(props.onSubmit)} noValidate>
      <Stack gap="md" maw="52rem">
        {props.children}
        <FormErrors messages={props.generalErrors} />
        {props.conflict}
        <Group>
          <Button type="submit" loading={saving}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
