import { Locale, Role } from './enums';

/** Who is calling: what the policy needs to know about a signed-in user. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  ministryId: string | null;
  organizationId: string | null;
  locale: Locale;
  /**
   * The request this user is making (its X-Request-Id), for the audit trail;
   * set when the access token is checked on an HTTP request.
   */
  requestId?: string;
}
