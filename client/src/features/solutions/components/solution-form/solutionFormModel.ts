import type {
  CreateSolutionInput,
  Maturity,
  SolutionDetailFragment,
  SolutionStatus,
  UpdateSolutionInput,
} from '@/generated/graphql';
import { changedFields } from '@/lib/forms';

export interface SolutionFormValues {
  title: string;
  summary: string;
  description: string;
  domainCodes: string[];
  principleCodes: string[];
  tags: string[];
  /** '' while none is chosen. */
  maturity: Maturity | '';
  openSource: boolean;
  countryCodesDeployed: string[];
  status: SolutionStatus;
  /** '' while none is chosen. */
  providerId: string;
}

export const SOLUTION_FIELDS: readonly (keyof SolutionFormValues)[] = [
  'title',
  'summary',
  'description',
  'domainCodes',
  'principleCodes',
  'tags',
  'maturity',
  'openSource',
  'countryCodesDeployed',
  'status',
  'providerId',
];

export const MATURITIES: readonly Maturity[] = ['IDEA', 'PROTOTYPE', 'PILOT', 'DEPLOYED', 'SCALED'];
export const SOLUTION_STATUSES: readonly SolutionStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];
export const SUMMARY_MAX = 500;

export function emptySolution(providerId: string): SolutionFormValues {
  return {
    title: '',
    summary: '',
    description: '',
    domainCodes: [],
    principleCodes: [],
    tags: [],
    maturity: '',
    openSource: false,
    countryCodesDeployed: [],
    status: 'PUBLISHED',
    providerId,
  };
}

export function solutionToValues(solution: SolutionDetailFragment): SolutionFormValues {
  return {
    title: solution.title,
    summary: solution.summary,
    description: solution.description,
    domainCodes: solution.domains.map((d) => d.code),
    principleCodes: solution.principles.map((p) => p.code),
    tags: [...solution.tags],
    maturity: solution.maturity,
    openSource: solution.openSource,
    countryCodesDeployed: solution.countriesDeployed.map((c) => c.code),
    status: solution.status,
    providerId: solution.provider.id,
  };
}

export function toCreateSolutionInput(values: SolutionFormValues): CreateSolutionInput {
  return {
    title: values.title,
    summary: values.summary,
    description: values.description,
    domainCodes: values.domainCodes,
    principleCodes: values.principleCodes,
    tags: values.tags,
    maturity: values.maturity || 'IDEA',
    openSource: values.openSource,
    countryCodesDeployed: values.countryCodesDeployed,
    status: values.status,
    ...(values.providerId && { providerId: values.providerId }),
  };
}

/** Only the fields changed since the version opened (see toUpdateNeedInput). */
export function toUpdateSolutionInput(
  base: SolutionFormValues,
  values: SolutionFormValues,
  version: number,
): UpdateSolutionInput | null {
  const changed = changedFields(base, values).filter((f) => f !== 'providerId');
  if (changed.length === 0) return null;
  const input: UpdateSolutionInput = { version };
  for (const field of changed) {
    switch (field) {
      case 'title':
      case 'summary':
      case 'description':
        input[field] = values[field];
        break;
      case 'domainCodes':
      case 'principleCodes':
      case 'tags':
      case 'countryCodesDeployed':
        input[field] = values[field];
        break;
      case 'maturity':
        if (values.maturity) input.maturity = values.maturity;
        break;
      case 'openSource':
        input.openSource = values.openSource;
        break;
      case 'status':
        input.status = values.status;
        break;
    }
  }
  return input;
}
