import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SolutionDocument, type SolutionDetailFragment } from '@/generated/graphql';
import { useOrganizations, useReferenceOptions, type Option } from '@/hooks/useReferenceData';
import { useCreateForm } from '@/hooks/useCreateForm';
import { useEditRecordForm } from '@/hooks/useEditRecordForm';
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
  const [createSolution] = useCreateSolution();
  return useCreateForm({
    initial,
    validate: useRequired(needsProvider),
    fields: SOLUTION_FIELDS,
    create: async (values) => {
      const { data } = await createSolution({
        variables: { input: toCreateSolutionInput(values) },
      });
      return data ? `/solutions/${data.createSolution.id}` : null;
    },
    created: t('solutions.created'),
  });
}

export function useEditSolutionForm(solution: SolutionDetailFragment) {
  const { t } = useTranslation();
  const [updateSolution] = useUpdateSolution();
  const describe = useDescribeSolutionValue();
  const label = useCallback(
    (field: keyof SolutionFormValues) => t(`solutions.fieldNames.${field}`),
    [t],
  );
  return useEditRecordForm({
    record: solution,
    toValues: solutionToValues,
    toPatch: toUpdateSolutionInput,
    save: (input) => updateSolution({ variables: { id: solution.id, input } }),
    query: SolutionDocument,
    pick: (data) => data.solution,
    fields: SOLUTION_FIELDS,
    fixedFields: ['providerId'],
    validate: useRequired(false),
    describe,
    label,
    href: `/solutions/${solution.id}`,
    updated: t('solutions.updated'),
  });
}
