import type { TFunction } from 'i18next';
import { errorMessage, type ErrorMessageOptions } from './error-messages';
import { fieldErrors } from './errors';
import { knownServerMessage, localizeServerMessage } from './server-messages';

/** A form value as compared between versions: code lists in any order are equal. */
function comparable(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  return JSON.stringify(value ?? null);
}

export const sameValue = (a: unknown, b: unknown): boolean => comparable(a) === comparable(b);

/** The fields of `current` that differ from `base`. */
export function changedFields<T extends object>(base: T, current: T): (keyof T)[] {
  return (Object.keys(current) as (keyof T)[]).filter((k) => !sameValue(base[k], current[k]));
}

export interface ServerErrors {
  /** Messages for the form's own fields, in the user's language. */
  byField: Record<string, string>;
  /** What belongs to no field on the form: shown above the buttons. */
  general: string[];
}

/**
 * Sorts a failed mutation's messages onto the form's fields (BAD_USER_INPUT
 * with extensions.field / extensions.fields); the rest is general, worded
 * from the error's code (errorMessage).
 */
export function serverErrors(
  error: unknown,
  t: TFunction,
  formFields: readonly string[],
  options?: ErrorMessageOptions,
): ServerErrors {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const [field, messages] of Object.entries(fieldErrors(error))) {
    if (formFields.includes(field)) {
      byField[field] = messages.map((m) => localizeServerMessage(t, m)).join(' ');
    } else {
      // Not a field of this form: "check this value" would point at nothing.
      for (const m of messages) {
        const text = knownServerMessage(t, m) ?? errorMessage(error, t, options);
        if (!general.includes(text)) general.push(text);
      }
    }
  }
  if (Object.keys(byField).length === 0 && general.length === 0) {
    general.push(errorMessage(error, t, options));
  }
  return { byField, general };
}

/** Trimmed text, or null for an empty optional field. */
export const textOrNull = (value: string): string | null => value.trim() || null;
