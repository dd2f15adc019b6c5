import { useApolloClient } from '@apollo/client/react';
import { useFormState } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NeedDocument, type NeedDetailFragment } from '@/generated/graphql';
import { useMinistries, useReferenceOptions } from '@/hooks/useReferenceData';
import { useServerErrors } from '@/hooks/useServerErrors';
import { useVersionedForm } from '@/hooks/useVersionedForm';
import type { Viewer } from '@/lib/auth/viewer';
import { isWorkingGroup } from '@/lib/authorization';
import type { NeedFormOptions } from '../components/need-form/NeedForm';
import {
  NEED_FIELDS,
  needToValues,
  toCreateNeedInput,
  toUpdateNeedInput,
  type NeedFormValues,
} from '../components/need-form/needFormModel';
import { useDescribeNeedValue } from './useDescribeNeedValue';
import { useCreateNeed, useUpdateNeed } from './useNeeds';

/** Required fields checked before sending; the server checks the rest and answers per field. */
function useRequired() {
  const { t } = useTranslation();
  return useMemo(() => {
    const required = t('validation.required');
    return {
      title: (v: string) => (v.trim() ? null : required),
      description: (v: string) => (v.trim() ? null : required),
      countryCode: (v: string) => (v ? null : required),
      domainCodes: (v: string[]) => (v.length > 0 ? null : t('validation.minItems', { count: 1 })),
    };
  }, [t]);
}

export function useNeedFormOptions(viewer: Viewer): NeedFormOptions {
  const { countries, domains, principles } = useReferenceOptions();
  const { ministries } = useMinistries();
  return useMemo(
    () => ({
      countries,
      domains,
      principles,
      ministries: isWorkingGroup(viewer)
        ? ministries.map((m) => ({ value: m.id, label: `${m.acronym} · ${m.name}` }))
        : null,
      ownMinistry: viewer.ministry?.acronym ?? null,
    }),
    [countries, domains, principles, ministries, viewer],
  );
}

/** Logging a need: the form, its submission, and the need's page afterwards. */
export function useCreateNeedForm(initial: NeedFormValues) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormState<NeedFormValues>(initial, useRequired());
  const errors = useServerErrors(form, NEED_FIELDS);
  const [createNeed, { loading }] = useCreateNeed();

  const submit = async (values: NeedFormValues) => {
    errors.clearGeneral();
    try {
      const { data } = await createNeed({ variables: { input: toCreateNeedInput(values) } });
      if (!data) return;
      notify(t('needs.created'));
      await navigate(`/needs/${data.createNeed.id}`);
    } catch (error) {
      errors.show(error);
    }
  };
  return {
    form,
    formRef: errors.formRef,
    generalErrors: errors.generalErrors,
    submit,
    saving: loading,
  };
}

/** Editing a need at the version it was opened, with the way out of a conflict. */
export function useEditNeedForm(need: NeedDetailFragment) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [updateNeed] = useUpdateNeed();
  const describe = useDescribeNeedValue();
  const label = useCallback((field: keyof NeedFormValues) => t(`needs.fieldNames.${field}`), [t]);
  return useVersionedForm({
    record: need,
    toValues: needToValues,
    toPatch: toUpdateNeedInput,
    save: (input) => updateNeed({ variables: { id: need.id, input } }),
    fetchCurrent: async () =>
      (
        await client.query({
          query: NeedDocument,
          variables: { id: need.id },
          fetchPolicy: 'network-only',
        })
      ).data?.need ?? null,
    fields: NEED_FIELDS,
    fixedFields: ['ministryId'],
    validate: useRequired(),
    describe,
    label,
    onDone: (saved) => {
      if (saved) notify(t('needs.updated'));
      void navigate(`/needs/${need.id}`);
    },
  });
}
