import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';

/** A rule per field: a message when the value is wrong, null when it is fine. */
export type Validators<V> = { [K in keyof V]?: (value: V[K], values: V) => string | null };

export type FormErrors = Partial<Record<string, string>>;

export interface InputProps<T> {
  value: T;
  error: string | undefined;
  onChange(valueOrEvent: unknown): void;
}

export interface FormApi<V> {
  errors: FormErrors;
  getValues(): V;
  setValues(values: V): void;
  setFieldValue<K extends keyof V>(field: K, value: V[K]): void;
  setErrors(errors: FormErrors): void;
  clearErrors(): void;
  reset(): void;
  /** value, onChange and error for a Mantine input. */
  getInputProps<K extends keyof V & string>(field: K): InputProps<V[K]>;
  /** Validates, then calls the handler with the values; marks the wrong fields otherwise. */
  onSubmit(handler: (values: V) => void): (event?: FormEvent<HTMLFormElement>) => void;
}

/** Inputs call onChange with an event, groups (checkboxes, radios) with the value. */
const fromEvent = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && 'currentTarget' in input
    ? (input as { currentTarget: HTMLInputElement }).currentTarget.value
    : input;

/**
 * The little form state the app needs (Mantine's form is 5 KB more on every
 * form page of a slow link): values, per-field errors cleared as the user
 * types, validation on submit.
 */
export function useFormState<V extends object>(
  initialValues: V,
  validators: Validators<V> = {},
): FormApi<V> {
  const initial = useRef(initialValues);
  const [values, setValuesState] = useState<V>(initialValues);
  const [errors, setErrors] = useState<FormErrors>({});
  // The latest values, also between a change and the next render (setValues keeps it current).
  const current = useRef(values);
  // After a refused submit, focus goes to the first field at fault once React has marked it.
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused) document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const setValues = useCallback((next: V) => {
    current.current = next;
    setValuesState(next);
  }, []);

  const setFieldValue = useCallback(
    <K extends keyof V>(field: K, value: V[K]) => {
      setValues({ ...current.current, [field]: value });
      setErrors((e) => (e[field as string] ? { ...e, [field as string]: undefined } : e));
    },
    [setValues],
  );

  return useMemo(
    () => ({
      errors,
      getValues: () => current.current,
      setValues,
      setFieldValue,
      setErrors,
      clearErrors: () => setErrors({}),
      reset: () => {
        setValues(initial.current);
        setErrors({});
      },
      getInputProps: (field) => ({
        value: values[field],
        error: errors[field],
        onChange: (input: unknown) => setFieldValue(field, fromEvent(input) as V[typeof field]),
      }),
      onSubmit: (handler) => (event) => {
        event?.preventDefault();
        const found: FormErrors = {};
        for (const field of Object.keys(validators) as (keyof V & string)[]) {
          const message = validators[field]?.(current.current[field], current.current);
          if (message) found[field] = message;
        }
        setErrors(found);
        if (Object.keys(found).length === 0) handler(current.current);
        else setRefused((n) => n + 1);
      },
    }),
    [values, errors, validators, setValues, setFieldValue],
  );
}
