import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NeedDocument, type NeedDetailFragment } from '@/generated/graphql';
import { useMinistries, useReferenceOptions } from '@/hooks/useReferenceData';
import { useCreateForm } from '@/hooks/useCreateForm';
import { useEditRecordForm } from '@/hooks/useEditRecordForm';
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
  const [createNeed] = useCreateNeed();
  return useCreateForm({
    initial,
    validate: useRequired(),
    fields: NEED_FIELDS,
    create: async (values) => {
      const { data } = await createNeed({ variables: { input: toCreateNeedInput(values) } });
      return data ? `/needs/${data.createNeed.id}` : null;
    },
    created: t('needs.created'),
  });
}

/** Editing a need at the version it was opened, with the way out of a conflict. */
export function useEditNeedForm(need: NeedDetailFragment) {
  const { t } = useTranslation();
  const [updateNeed] = useUpdateNeed();
  const describe = useDescribeNeedValue();
  const label = useCallback((field: keyof NeedFormValues) => t(`needs.fieldNames.${field}`), [t]);
  return useEditRecordForm({
    record: need,
    toValues: needToValues,
    toPatch: toUpdateNeedInput,
    save: (input) => updateNeed({ variables: { id: need.id, input } }),
    query: NeedDocument,
    pick: (data) => data.need,
    fields: NEED_FIELDS,
    fixedFields: ['ministryId'],
    validate: useRequired(),
    describe,
    label,
    href: `/needs/${need.id}`,
    updated: t('needs.updated'),
  });
}
