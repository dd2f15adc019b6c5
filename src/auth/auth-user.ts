import { Locale, Role } from '../common/enums';

/** Who is calling: what the policy needs to know about a signed-in user. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  ministryId: string | null;
  organizationId: string | null;
  locale: Locale;
}
