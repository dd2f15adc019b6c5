import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RecordFormProps } from '@/components/forms/RecordForm';
import { useFormState, type Validators } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useServerErrors } from './useServerErrors';

export interface CreateFormOptions<V> {
  initial: V;
  /** Checked before sending; the server checks the rest and answers per field. */
  validate: Validators<V>;
  /** The form's fields, named as the server names them in its field errors. */
  fields: readonly (keyof V & string)[];
  /** Sends the values; resolves to the new record's page, or null when nothing came back. */
  create(values: V): Promise<string | null>;
  /** Said once created. */
  created: string;
}

/** A new record: the form, its submission, then the record's page. */
export function useCreateForm<V extends object>(
  options: CreateFormOptions<V>,
): Omit<RecordFormProps<V>, 'onCancel'> {
  const navigate = useNavigate();
  const form = useFormState<V>(options.initial, options.validate);
  const errors = useServerErrors(form, options.fields);
  const [saving, setSaving] = useState(false);

  const submit = async (values: V) => {
    errors.clearGeneral();
    setSaving(true);
    try {
      const href = await options.create(values);
      setSaving(false);
      if (href === null) return;
      notify(options.created);
      await navigate(href);
    } catch (error) {
      setSaving(false);
      errors.show(error);
    }
  };
  return {
    form,
    formRef: errors.formRef,
    generalErrors: errors.generalErrors,
    saving,
    onSubmit: (values) => void submit(values),
  };
}
