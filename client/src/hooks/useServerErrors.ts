import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormApi } from '@/lib/form';
import { serverErrors } from '@/lib/forms';

/**
 * Puts a failed mutation's messages at the form's fields and the rest above
 * its buttons, then moves focus to the first field at fault (after React has
 * marked it), so that keyboard and screen-reader users land on it.
 */
export function useServerErrors<V>(form: FormApi<V>, fields: readonly string[]) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [shown]);
  const show = (error: unknown) => {
    const { byField, general } = serverErrors(error, t, fields);
    form.setErrors(byField);
    setGeneralErrors(general);
    setShown((n) => n + 1);
  };
  return { formRef, generalErrors, clearGeneral: () => setGeneralErrors([]), show };
}
