import type { VersionedForm } from '@/hooks/useVersionedForm';
import { LazyVersionConflict } from './LazyVersionConflict';
import type { RecordFormProps } from './RecordForm';

/**
 * A versioned edit (useVersionedForm) as a record form's props, with the
 * conflict choice under `conflictTitle` ("This need changed since you opened it").
 */
export function editFormProps<V>(
  editor: VersionedForm<V>,
  conflictTitle: string,
): Omit<RecordFormProps<V>, 'onCancel'> {
  const { conflict } = editor;
  return {
    form: editor.form,
    formRef: editor.formRef,
    saving: editor.saving,
    generalErrors: editor.generalErrors,
    conflict: conflict && (
      <LazyVersionConflict
        title={conflictTitle}
        rows={conflict.rows}
        saving={editor.saving}
        onKeepMine={() => void conflict.keepMine()}
        onReload={() => conflict.reload()}
      />
    ),
    onSubmit: (values) => void editor.submit(values),
  };
}
