import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMinistries, useReferenceOptions, type Option } from '@/hooks/useReferenceData';
import type { NeedFormValues } from '../components/need-form/needFormModel';

const labelOf = (options: Option[], code: string | null) =>
  options.find((o) => o.value === code)?.label ?? code ?? '';

/** A form value as a person reads it (names, not codes), for the conflict table. */
export function useDescribeNeedValue() {
  const { t } = useTranslation();
  const { countries, domains, principles } = useReferenceOptions();
  const { ministries } = useMinistries();
  return useCallback(
    (field: keyof NeedFormValues, values: NeedFormValues): string => {
      const none = t('common.none');
      switch (field) {
        case 'countryCode':
          return labelOf(countries, values.countryCode) || none;
        case 'domainCodes':
          return values.domainCodes.map((c) => labelOf(domains, c)).join(', ') || none;
        case 'principleCodes':
          return values.principleCodes.map((c) => labelOf(principles, c)).join('\n') || none;
        case 'tags':
          return values.tags.join(', ') || none;
        case 'priority':
          return t(`enums.Priority.${values.priority}`);
        case 'status':
          return t(`enums.NeedStatus.${values.status}`);
        case 'visibility':
          return t(`enums.Visibility.${values.visibility}`);
        case 'ministryId':
          return ministries.find((m) => m.id === values.ministryId)?.acronym ?? none;
        default:
          return values[field] || none;
      }
    },
    [t, countries, domains, principles, ministries],
  );
}
