import { SubjectType } from './enums';

/** A record that threads, notifications and the audit trail can be about: its kind and id. */
export interface SubjectRef {
  type: SubjectType;
  id: string;
}
