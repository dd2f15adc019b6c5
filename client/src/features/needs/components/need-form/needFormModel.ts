import type {
  CreateNeedInput,
  NeedDetailFragment,
  NeedStatus,
  Priority,
  UpdateNeedInput,
  Visibility,
} from '@/generated/graphql';
import { changedFields, textOrNull } from '@/lib/forms';

export interface NeedFormValues {
  title: string;
  description: string;
  /** '' while none is chosen. */
  countryCode: string;
  domainCodes: string[];
  principleCodes: string[];
  tags: string[];
  partnerInstitution: string;
  priority: Priority;
  visibility: Visibility;
  status: NeedStatus;
  /** '' for none. */
  ministryId: string;
}

/** The form's fields, named as the server names them in its field errors. */
export const NEED_FIELDS: readonly (keyof NeedFormValues)[] = [
  'title',
  'description',
  'countryCode',
  'domainCodes',
  'principleCodes',
  'tags',
  'partnerInstitution',
  'priority',
  'visibility',
  'status',
  'ministryId',
];

export const PRIORITIES: readonly Priority[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
export const NEED_STATUSES: readonly NeedStatus[] = ['DRAFT', 'OPEN', 'MATCHED', 'CLOSED'];
export const VISIBILITIES: readonly Visibility[] = ['INTERNAL', 'PUBLIC'];

/** A new need: internal by default (private by design), for the user's own ministry. */
export function emptyNeed(ministryId: string): NeedFormValues {
  return {
    title: '',
    description: '',
    countryCode: '',
    domainCodes: [],
    principleCodes: [],
    tags: [],
    partnerInstitution: '',
    priority: 'MEDIUM',
    visibility: 'INTERNAL',
    status: 'OPEN',
    ministryId,
  };
}

export function needToValues(need: NeedDetailFragment): NeedFormValues {
  return {
    title: need.title,
    description: need.description,
    countryCode: need.country.code,
    domainCodes: need.domains.map((d) => d.code),
    principleCodes: need.principles.map((p) => p.code),
    tags: [...need.tags],
    partnerInstitution: need.partnerInstitution ?? '',
    priority: need.priority,
    visibility: need.visibility,
    status: need.status,
    ministryId: need.ministry?.id ?? '',
  };
}

export function toCreateNeedInput(values: NeedFormValues): CreateNeedInput {
  return {
    title: values.title,
    description: values.description,
    countryCode: values.countryCode,
    domainCodes: values.domainCodes,
    principleCodes: values.principleCodes,
    tags: values.tags,
    partnerInstitution: textOrNull(values.partnerInstitution),
    priority: values.priority,
    visibility: values.visibility,
    status: values.status,
    ...(values.ministryId && { ministryId: values.ministryId }),
  };
}

/**
 * Only what the user changed since the version they opened: saved over a
 * newer version ("keep mine"), it leaves the other person's other changes be.
 */
export function toUpdateNeedInput(
  base: NeedFormValues,
  values: NeedFormValues,
  version: number,
): UpdateNeedInput | null {
  const changed = changedFields(base, values).filter((f) => f !== 'ministryId');
  if (changed.length === 0) return null;
  const input: UpdateNeedInput = { version };
  for (const field of changed) {
    switch (field) {
      case 'title':
      case 'description':
        input[field] = values[field];
        break;
      case 'countryCode':
        input.countryCode = values.countryCode;
        break;
      case 'domainCodes':
      case 'principleCodes':
      case 'tags':
        input[field] = values[field];
        break;
      case 'partnerInstitution':
        input.partnerInstitution = textOrNull(values.partnerInstitution);
        break;
      case 'priority':
        input.priority = values.priority;
        break;
      case 'visibility':
        input.visibility = values.visibility;
        break;
      case 'status':
        input.status = values.status;
        break;
    }
  }
  return input;
}
