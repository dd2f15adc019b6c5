import { NeedStatus, Role, SolutionStatus, Visibility } from '../common/enums';
import { AuthUser } from '../common/auth-user';

/**
 * Who may do what: DESIGN.md's table, as data plus small functions, in one
 * place. Services call these for record checks and for the SQL scopes of
 * lists; the role-matrix test and the client read the same table.
 *
 * A caller who may not see a record gets NOT_FOUND (from the service), not
 * FORBIDDEN, so that ids reveal nothing.
 */
export type Permission =
  | 'reference:read'
  | 'reference:create'
  | 'reference:update'
  | 'user:create'
  | 'user:read'
  | 'user:update'
  | 'need:create'
  | 'need:update'
  | 'solution:create'
  | 'solution:update'
  | 'match:propose'
  | 'match:startReview'
  | 'match:decide'
  | 'match:review'
  | 'portfolio:read'
  | 'audit:read';

const ALL: Permission[] = [
  'reference:read',
  'reference:create',
  'reference:update',
  'user:create',
  'user:read',
  'user:update',
  'need:create',
  'need:update',
  'solution:create',
  'solution:update',
  'match:propose',
  'match:startReview',
  'match:decide',
  'match:review',
  'portfolio:read',
  'audit:read',
];

/** Role-level permissions; the record-level rules below narrow them. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.ADMIN]: ALL,
  // The working group reads people; only administrators change them or the reference records.
  [Role.COORDINATOR]: ALL.filter(
    (p) => !['reference:create', 'reference:update', 'user:create', 'user:update'].includes(p),
  ),
  [Role.MINISTRY_STAFF]: [
    'reference:read',
    'need:create',
    'need:update', // own ministry's needs only
    'match:propose',
    'match:review',
    'portfolio:read',
  ],
  [Role.SOLUTION_PROVIDER]: [
    'reference:read',
    'solution:create', // own organisation's only
    'solution:update', // own organisation's only
    'match:propose', // own organisation's solution, to a need it may read
  ],
};

export function can(user: AuthUser, permission: Permission): boolean {
  return ROLE_PERMISSIONS[user.role].includes(permission);
}

const isWorkingGroup = (user: AuthUser) =>
  user.role === Role.ADMIN || user.role === Role.COORDINATOR;

// ---- needs -------------------------------------------------------------

export interface NeedFacts {
  status: NeedStatus;
  visibility: Visibility;
  ministryId: string | null;
  createdById: string;
}

/**
 * Reading a need: the working group sees all; ministry staff all but other
 * ministries' drafts (a draft is readable by its ministry and its author);
 * providers only PUBLIC needs that are not drafts.
 */
export function canReadNeed(user: AuthUser, need: NeedFacts): boolean {
  switch (user.role) {
    case Role.ADMIN:
    case Role.COORDINATOR:
      return true;
    case Role.MINISTRY_STAFF:
      return (
        need.status !== NeedStatus.DRAFT ||
        need.createdById === user.id ||
        (need.ministryId !== null && need.ministryId === user.ministryId)
      );
    case Role.SOLUTION_PROVIDER:
      return need.visibility === Visibility.PUBLIC && need.status !== NeedStatus.DRAFT;
  }
}

/** The same rule as SQL over the `need` alias, for lists and counts. */
export function needReadScope(
  user: AuthUser,
  alias = 'need',
): { sql: string; params: Record<string, unknown> } {
  switch (user.role) {
    case Role.ADMIN:
    case Role.COORDINATOR:
      return { sql: 'TRUE', params: {} };
    case Role.MINISTRY_STAFF:
      return {
        sql: `(${alias}.status <> 'DRAFT' OR ${alias}.created_by_id = :scopeUserId OR ${alias}.ministry_id = CAST(:scopeMinistryId AS uuid))`,
        params: { scopeUserId: user.id, scopeMinistryId: user.ministryId },
      };
    case Role.SOLUTION_PROVIDER:
      return { sql: `(${alias}.visibility = 'PUBLIC' AND ${alias}.status <> 'DRAFT')`, params: {} };
  }
}

/** Creating a need for a ministry: staff only for their own ministry. */
export function canCreateNeedFor(user: AuthUser, ministryId: string | null): boolean {
  if (!can(user, 'need:create')) return false;
  if (isWorkingGroup(user)) return true;
  return ministryId !== null && ministryId === user.ministryId;
}

/** Editing a need: the working group any; staff their own ministry's. */
export function canUpdateNeed(user: AuthUser, need: NeedFacts): boolean {
  if (!can(user, 'need:update')) return false;
  if (isWorkingGroup(user)) return true;
  return need.ministryId !== null && need.ministryId === user.ministryId;
}

// ---- solutions -----------------------------------------------------------

export interface SolutionFacts {
  status: SolutionStatus;
  providerId: string;
}

/** Reading a solution: the working group all; others PUBLISHED, providers also their own. */
export function canReadSolution(user: AuthUser, solution: SolutionFacts): boolean {
  if (isWorkingGroup(user)) return true;
  if (solution.status === SolutionStatus.PUBLISHED) return true;
  return user.role === Role.SOLUTION_PROVIDER && solution.providerId === user.organizationId;
}

export function solutionReadScope(
  user: AuthUser,
  alias = 'solution',
): { sql: string; params: Record<string, unknown> } {
  if (isWorkingGroup(user)) return { sql: 'TRUE', params: {} };
  if (user.role === Role.SOLUTION_PROVIDER && user.organizationId) {
    return {
      sql: `(${alias}.status = 'PUBLISHED' OR ${alias}.provider_id = :scopeOrganizationId)`,
      params: { scopeOrganizationId: user.organizationId },
    };
  }
  return { sql: `${alias}.status = 'PUBLISHED'`, params: {} };
}

/** Creating or editing a solution: the working group for any provider; providers their own. */
export function canManageSolutionOf(user: AuthUser, providerId: string): boolean {
  if (!can(user, 'solution:create')) return false;
  if (isWorkingGroup(user)) return true;
  return user.role === Role.SOLUTION_PROVIDER && providerId === user.organizationId;
}

// ---- matches -------------------------------------------------------------

export interface MatchFacts {
  proposedById: string;
}

/**
 * Reading a match: the working group and ministry staff all (of needs and
 * solutions they may read); providers those of their own organisation's
 * solutions. As SQL over the `match`, `need` and `solution` aliases.
 */
export function matchReadScope(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  if (isWorkingGroup(user)) return { sql: 'TRUE', params: {} };
  const need = needReadScope(user, 'need');
  const solution = solutionReadScope(user, 'solution');
  const own =
    user.role === Role.SOLUTION_PROVIDER
      ? {
          sql: 'solution.provider_id = CAST(:matchOrganizationId AS uuid)',
          params: { matchOrganizationId: user.organizationId },
        }
      : { sql: 'TRUE', params: {} };
  return {
    sql: `(${need.sql} AND ${solution.sql} AND ${own.sql})`,
    params: { ...need.params, ...solution.params, ...own.params },
  };
}

export function canReadMatch(user: AuthUser, need: NeedFacts, solution: SolutionFacts): boolean {
  if (!canReadNeed(user, need) || !canReadSolution(user, solution)) return false;
  return seesMatchesOf(user, solution);
}

/**
 * Of a need and a solution the caller may read, whether they may read the
 * pair's matches (the ownership part of canReadMatch; `own` in
 * matchReadScope): everyone but providers, and providers for their own
 * organisation's solutions. Whatever reveals a match (leaving a pair out of
 * the suggestions because it has one, say) asks this first.
 */
export function seesMatchesOf(
  user: AuthUser,
  solution: Pick<SolutionFacts, 'providerId'>,
): boolean {
  return user.role !== Role.SOLUTION_PROVIDER || solution.providerId === user.organizationId;
}

/** Proposing: providers only their own organisation's solution (to a need they may read). */
export function canProposeMatch(user: AuthUser, solution: SolutionFacts): boolean {
  if (!can(user, 'match:propose')) return false;
  return user.role !== Role.SOLUTION_PROVIDER || solution.providerId === user.organizationId;
}

/**
 * Conflict of interest: no one reviews a match they proposed or whose
 * solution comes from their own organisation. The reason, or null.
 */
export function reviewConflict(
  user: AuthUser,
  match: MatchFacts,
  solution: SolutionFacts,
): string | null {
  if (match.proposedById === user.id)
    return 'You proposed this match, so someone else must review it.';
  if (user.organizationId && solution.providerId === user.organizationId) {
    return 'The solution comes from your own organisation, so someone else must review it.';
  }
  return null;
}

/** A decision needs someone other than the proposer. */
export function decisionConflict(user: AuthUser, match: MatchFacts): string | null {
  return match.proposedById === user.id
    ? 'You proposed this match, so someone else must decide it.'
    : null;
}

export const canWithdrawMatch = (user: AuthUser, match: MatchFacts) =>
  match.proposedById === user.id;

// ---- discussions ---------------------------------------------------------

/** What a thread is about, with the facts its read rule needs. */
export type ThreadFacts =
  | { subject: 'NEED'; need: NeedFacts }
  | { subject: 'SOLUTION'; solution: SolutionFacts }
  | { subject: 'MATCH'; need: NeedFacts; solution: SolutionFacts };

/**
 * Reading or posting in a thread: whoever may read what it is about (a
 * provider never sees the thread of an INTERNAL need). NOT_FOUND otherwise.
 */
export function canReadThread(user: AuthUser, thread: ThreadFacts): boolean {
  switch (thread.subject) {
    case 'NEED':
      return canReadNeed(user, thread.need);
    case 'SOLUTION':
      return canReadSolution(user, thread.solution);
    case 'MATCH':
      return canReadMatch(user, thread.need, thread.solution);
  }
}

export const canPostInThread = canReadThread;

export interface CommentFacts {
  authorId: string;
}

/** Only the author edits a comment. */
export const canEditComment = (user: AuthUser, comment: CommentFacts) =>
  comment.authorId === user.id;

/** The author or an administrator deletes one (leaving a placeholder). */
export const canDeleteComment = (user: AuthUser, comment: CommentFacts) =>
  comment.authorId === user.id || user.role === Role.ADMIN;

// ---- audit ----------------------------------------------------------------

/** The audit trail is for the working group: ADMIN and COORDINATOR. */
export const canReadAudit = (user: AuthUser) => can(user, 'audit:read');

// ---- people ---------------------------------------------------------------

/**
 * A person's e-mail address is theirs: they and the working group (ADMIN,
 * COORDINATOR, who reach people outside the platform) read it; everyone
 * else meets people by name, which is all a record, a thread or a mention
 * needs. Without this, the people a thread can mention would be a list of
 * addresses for anyone who can read a public need.
 */
export const canReadEmailOf = (viewer: AuthUser | undefined, person: { id: string }) =>
  viewer !== undefined && (viewer.id === person.id || isWorkingGroup(viewer));

// ---- people and their ministries and organisations (administration) --------

/**
 * The list of people and a person by id: the working group, who needs to
 * know who is who. Everyone else meets people by name on records. Addresses
 * stay as private as `canReadEmailOf` says.
 */
export const canReadPeople = (user: AuthUser) => can(user, 'user:read');

/** Who belongs where, as the policy relies on it. */
export interface Affiliation {
  role: Role;
  ministryId: string | null;
  organizationId: string | null;
}

/**
 * Staff belong to a ministry and providers to an organisation (the rules
 * above read `ministryId` and `organizationId`); the working group belongs
 * to neither. What is wrong, with the field at fault, or null.
 */
export function affiliationProblem(
  person: Affiliation,
): { message: string; field: 'ministryId' | 'organizationId' } | null {
  const { role, ministryId, organizationId } = person;
  if (role === Role.MINISTRY_STAFF && !ministryId) {
    return { message: 'Ministry staff need a ministryId.', field: 'ministryId' };
  }
  if (role === Role.SOLUTION_PROVIDER && !organizationId) {
    return { message: 'Solution providers need an organizationId.', field: 'organizationId' };
  }
  if (role !== Role.MINISTRY_STAFF && ministryId) {
    return { message: 'Only ministry staff belong to a ministry.', field: 'ministryId' };
  }
  if (role !== Role.SOLUTION_PROVIDER && organizationId) {
    return {
      message: 'Only solution providers belong to an organisation.',
      field: 'organizationId',
    };
  }
  return null;
}

/**
 * A retired ministry or organisation keeps what it has (its people, needs
 * and solutions stay readable) but takes no one and nothing new: no user
 * joins it, no need or solution is created for it.
 */
export const canJoin = (unit: { retiredAt: Date | null }) => unit.retiredAt === null;

/** A person's standing as the rules below read it. */
export interface Standing extends Affiliation {
  active: boolean;
}

/**
 * Deactivation and any change of role, ministry or organisation change
 * what a person may do, so they take effect at once: every session of the
 * person ends (access tokens refused, refresh tokens revoked, sockets
 * closed). A new display name changes nothing the policy reads.
 */
export function endsSessions(before: Standing, after: Standing): boolean {
  return (
    (before.active && !after.active) ||
    before.role !== after.role ||
    before.ministryId !== after.ministryId ||
    before.organizationId !== after.organizationId
  );
}

/**
 * The platform keeps an active administrator: no one deactivates or
 * demotes the last one. `activeAdmins` must be counted under a lock that
 * the other changes of administrators take too (UsersService), or two
 * demotions at once would each see the other administrator. The reason, or
 * null.
 */
export function lastAdminConflict(
  before: Standing,
  after: Standing,
  activeAdmins: number,
): string | null {
  const wasAdmin = before.active && before.role === Role.ADMIN;
  const staysAdmin = after.active && after.role === Role.ADMIN;
  if (wasAdmin && !staysAdmin && activeAdmins <= 1) {
    return after.active
      ? 'This is the last active administrator: make someone else an administrator first.'
      : 'This is the last active administrator: they cannot be deactivated.';
  }
  return null;
}
