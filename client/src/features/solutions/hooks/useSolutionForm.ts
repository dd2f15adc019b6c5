import { useApolloClient } from '@apollo/client/react';
import { useFormState } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SolutionDocument, type SolutionDetailFragment } from '@/generated/graphql';
import { useOrganizations, useReferenceOptions, type Option } from '@/hooks/useReferenceData';
import { useServerErrors } from '@/hooks/useServerErrors';
import { useVersionedForm } from '@/hooks/useVersionedForm';
import type { Viewer } from '@/lib/auth/viewer';
import { isWorkingGroup } from '@/lib/authorization';
import type { SolutionFormOptions } from '../components/solution-form/SolutionForm';
import {
  SOLUTION_FIELDS,
  solutionToValues,
  toCreateSolutionInput,
  toUpdateSolutionInput,
  type SolutionFormValues,
} from '../components/solution-form/solutionFormModel';
import { useCreateSolution, useUpdateSolution } from './useSolutions';

function useRequired(needsProvider: boolean) {
  const { t } = useTranslation();
  return useMemo(() => {
    const required = t('validation.required');
    const text = (v: string) => (v.trim() ? null : required);
    return {
      title: text,
      summary: text,
      description: text,
      maturity: (v: string) => (v ? null : required),
      domainCodes: (v: string[]) => (v.length > 0 ? null : t('validation.minItems', { count: 1 })),
      providerId: (v: string) => (!needsProvider || v ? null : required),
    };
  }, [t, needsProvider]);
}

export function useSolutionFormOptions(viewer: Viewer): SolutionFormOptions {
  const { countries, domains, principles } = useReferenceOptions();
  const { organizations } = useOrganizations();
  return useMemo(
    () => ({
      countries,
      domains,
      principles,
      providers: isWorkingGroup(viewer)
        ? organizations.map((o): Option => ({ value: o.id, label: o.name }))
        : null,
      ownOrganization: viewer.organization?.name ?? null,
    }),
    [countries, domains, principles, organizations, viewer],
  );
}

function useDescribeSolutionValue() {
  const { t } = useTranslation();
  const { countries, domains, principles } = useReferenceOptions();
  return useCallback(
    (field: keyof SolutionFormValues, values: SolutionFormValues): string => {
      const none = t('common.none');
      const names = (options: Option[], codes: string[], sep = ', ') =>
        codes.map((c) => options.find((o) => o.value === c)?.label ?? c).join(sep) || none;
      switch (field) {
        case 'domainCodes':
          return names(domains, values.domainCodes);
        case 'principleCodes':
          return names(principles, values.principleCodes, '\n');
        case 'countryCodesDeployed':
          return names(countries, values.countryCodesDeployed);
        case 'tags':
          return values.tags.join(', ') || none;
        case 'maturity':
          return values.maturity ? t(`enums.Maturity.${values.maturity}`) : none;
        case 'status':
          return t(`enums.SolutionStatus.${values.status}`);
        case 'openSource':
          return values.openSource ? t('common.yes') : t('common.no');
        case 'providerId':
          return values.providerId || none;
        default:
          return values[field] || none;
      }
    },
    [t, countries, domains, principles],
  );
}

export function useCreateSolutionForm(initial: SolutionFormValues, needsProvider: boolean) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormState<SolutionFormValues>(initial, useRequired(needsProvider));
  const errors = useServerErrors(form, SOLUTION_FIELDS);
  const [createSolution, { loading }] = useCreateSolution();

  const submit = async (values: SolutionFormValues) => {
    errors.clearGeneral();
    try {
      const { data } = await createSolution({
        variables: { input: toCreateSolutionInput(values) },
      });
      if (!data) return;
      notify(t('solutions.created'));
      await navigate(`/solutions/${data.createSolution.id}`);
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

export function useEditSolutionForm(solution: SolutionDetailFragment) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [updateSolution] = useUpdateSolution();
  const describe = useDescribeSolutionValue();
  const label = useCallback(
    (field: keyof SolutionFormValues) => t(`solutions.fieldNames.${field}`),
    [t],
  );
  return useVersionedForm({
    record: solution,
    toValues: solutionToValues,
    toPatch: toUpdateSolutionInput,
    save: (input) => updateSolution({ variables: { id: solution.id, input } }),
    fetchCurrent: async () =>
      (
        await client.query({
          query: SolutionDocument,
          variables: { id: solution.id },
          fetchPolicy: 'network-only',
        })
      ).data?.solution ?? null,
    fields: SOLUTION_FIELDS,
    fixedFields: ['providerId'],
    validate: useRequired(false),
    describe,
    label,
    onDone: (saved) => {
      if (saved) notify(t('solutions.updated'));
      void navigate(`/solutions/${solution.id}`);
    },
  });
}
