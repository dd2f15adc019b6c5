import { useFormState, type FormApi, type Validators } from '@/lib/form';
import { useMemo, useState, type RefObject } from 'react';
import type { ConflictRow } from '@/components/forms/VersionConflict';
import { versionConflict } from '@/lib/errors';
import { sameValue } from '@/lib/forms';
import { useServerErrors } from './useServerErrors';

interface Versioned {
  version: number;
}

export interface VersionedFormOptions<R extends Versioned, V extends object, P> {
  record: R;
  toValues(record: R): V;
  /** What to send: the fields changed since `base`, at `version`; null when nothing changed. */
  toPatch(base: V, values: V, version: number): P | null;
  save(patch: P): Promise<unknown>;
  /** The record as it is on the server now. */
  fetchCurrent(): Promise<R | null>;
  fields: readonly (keyof V & string)[];
  /** Fields the conflict table leaves out (those an edit cannot change). */
  fixedFields?: readonly (keyof V & string)[];
  validate: Validators<V>;
  describe(field: keyof V & string, values: V): string;
  label(field: keyof V & string): string;
  onDone(saved: boolean): void;
}

export interface VersionedForm<V> {
  form: FormApi<V>;
  formRef: RefObject<HTMLFormElement | null>;
  generalErrors: string[];
  saving: boolean;
  submit(values: V): Promise<void>;
  /** A newer version was saved meanwhile: how the two differ, and the ways out. */
  conflict: { rows: ConflictRow[]; keepMine(): Promise<void>; reload(): void } | null;
}

/**
 * An edit form over a record with an optimistic-concurrency version. A
 * CONFLICT fetches the newer version and offers the choice: see theirs, keep
 * mine (only my changed fields, saved over theirs), or reload theirs.
 */
export function useVersionedForm<R extends Versioned, V extends object, P>(
  options: VersionedFormOptions<R, V, P>,
): VersionedForm<V> {
  const { record, toValues, toPatch, fields, fixedFields = [] } = options;
  const [opened, setOpened] = useState(() => ({
    values: toValues(record),
    version: record.version,
  }));
  const form = useFormState<V>(opened.values, options.validate);
  const errors = useServerErrors(form, fields);
  const [saving, setSaving] = useState(false);
  const [theirs, setTheirs] = useState<R | null>(null);

  const save = async (values: V, version: number) => {
    errors.clearGeneral();
    const patch = toPatch(opened.values, values, version);
    if (patch === null) {
      options.onDone(false);
      return;
    }
    setSaving(true);
    try {
      await options.save(patch);
      setTheirs(null);
      options.onDone(true);
    } catch (error) {
      if (!versionConflict(error)) {
        errors.show(error);
        return;
      }
      try {
        const current = await options.fetchCurrent();
        if (current) setTheirs(current);
        else errors.show(error);
      } catch (reloadError) {
        errors.show(reloadError);
      }
    } finally {
      setSaving(false);
    }
  };

  const { describe, label } = options;
  const rows: ConflictRow[] = useMemo(() => {
    if (!theirs) return [];
    const their = toValues(theirs);
    const mine = form.getValues();
    return fields
      .filter((f) => !fixedFields.includes(f) && !sameValue(their[f], mine[f]))
      .map((field) => ({
        field,
        label: label(field),
        theirs: describe(field, their),
        yours: describe(field, mine),
      }));
    // Computed when the conflict appears: typing afterwards does not reshuffle the table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [theirs, describe, label]);

  return {
    form,
    formRef: errors.formRef,
    generalErrors: errors.generalErrors,
    saving,
    submit: (values: V) => save(values, theirs?.version ?? opened.version),
    conflict: theirs && {
      rows,
      keepMine: () => save(form.getValues(), theirs.version),
      reload: () => {
        const values = toValues(theirs);
        setOpened({ values, version: theirs.version });
        form.setValues(values);
        form.clearErrors();
        setTheirs(null);
      },
    },
  };
}
