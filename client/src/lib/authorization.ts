import type { NeedStatus, Role, SolutionStatus, Visibility } from '@/generated/graphql';

/**
 * The client's one copy of the server's policy (src/auth/policy.ts): what a
 * role may do, and the record-level rules. Pages and components ask these
 * functions before offering an action; the server still decides.
 * authorization.test.ts checks this copy against the server's table.
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

const ALL: readonly Permission[] = [
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

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ALL,
  COORDINATOR: ALL.filter(
    (p) => !['reference:create', 'reference:update', 'user:create', 'user:update'].includes(p),
  ),
  MINISTRY_STAFF: [
    'reference:read',
    'need:create',
    'need:update',
    'match:propose',
    'match:review',
    'portfolio:read',
  ],
  SOLUTION_PROVIDER: ['reference:read', 'solution:create', 'solution:update', 'match:propose'],
};

/** What the policy needs to know about the signed-in user. */
export interface Actor {
  id: string;
  role: Role;
  ministry?: { id: string } | null;
  organization?: { id: string } | null;
}

export interface NeedFacts {
  status: NeedStatus;
  visibility: Visibility;
  ministry?: { id: string } | null;
  createdBy?: { id: string } | null;
}

export interface SolutionFacts {
  status: SolutionStatus;
  provider: { id: string };
}

export function can(actor: Actor, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}

export const isWorkingGroup = (actor: Actor): boolean =>
  actor.role === 'ADMIN' || actor.role === 'COORDINATOR';

const ministryOf = (actor: Actor) => actor.ministry?.id ?? null;
const organizationOf = (actor: Actor) => actor.organization?.id ?? null;

export function canReadNeed(actor: Actor, need: NeedFacts): boolean {
  switch (actor.role) {
    case 'ADMIN':
    case 'COORDINATOR':
      return true;
    case 'MINISTRY_STAFF':
      return (
        need.status !== 'DRAFT' ||
        need.createdBy?.id === actor.id ||
        (need.ministry != null && need.ministry.id === ministryOf(actor))
      );
    case 'SOLUTION_PROVIDER':
      return need.visibility === 'PUBLIC' && need.status !== 'DRAFT';
  }
}

export function canCreateNeedFor(actor: Actor, ministryId: string | null): boolean {
  if (!can(actor, 'need:create')) return false;
  if (isWorkingGroup(actor)) return true;
  return ministryId !== null && ministryId === ministryOf(actor);
}

export function canUpdateNeed(actor: Actor, need: NeedFacts): boolean {
  if (!can(actor, 'need:update')) return false;
  if (isWorkingGroup(actor)) return true;
  return need.ministry != null && need.ministry.id === ministryOf(actor);
}

export function canReadSolution(actor: Actor, solution: SolutionFacts): boolean {
  if (isWorkingGroup(actor)) return true;
  if (solution.status === 'PUBLISHED') return true;
  return actor.role === 'SOLUTION_PROVIDER' && solution.provider.id === organizationOf(actor);
}

export function canManageSolutionOf(actor: Actor, providerId: string): boolean {
  if (!can(actor, 'solution:create')) return false;
  if (isWorkingGroup(actor)) return true;
  return actor.role === 'SOLUTION_PROVIDER' && providerId === organizationOf(actor);
}

// ---- matches ---------------------------------------------------------------

export interface MatchFacts {
  proposedBy: { id: string };
}

/** Proposing: providers only their own organisation's solution (to a need they may read). */
export function canProposeMatch(actor: Actor, solution: { provider: { id: string } }): boolean {
  if (!can(actor, 'match:propose')) return false;
  return actor.role !== 'SOLUTION_PROVIDER' || solution.provider.id === organizationOf(actor);
}

export type ReviewConflict = 'proposer' | 'ownOrganization';

/**
 * Conflict of interest: no one reviews a match they proposed or whose
 * solution comes from their own organisation. The reason, or null.
 */
export function reviewConflict(
  actor: Actor,
  match: MatchFacts,
  solution: { provider: { id: string } },
): ReviewConflict | null {
  if (match.proposedBy.id === actor.id) return 'proposer';
  const organization = organizationOf(actor);
  if (organization && solution.provider.id === organization) return 'ownOrganization';
  return null;
}

/** A decision needs someone other than the proposer. */
export const decisionConflict = (actor: Actor, match: MatchFacts): 'proposer' | null =>
  match.proposedBy.id === actor.id ? 'proposer' : null;

export const canWithdrawMatch = (actor: Actor, match: MatchFacts): boolean =>
  match.proposedBy.id === actor.id;

/** The audit trail is for the working group. */
export const canReadAudit = (actor: Actor): boolean => can(actor, 'audit:read');

// ---- discussions -----------------------------------------------------------

export interface CommentFacts {
  author: { id: string };
}

/** Only the author edits a comment. */
export const canEditComment = (actor: Actor, comment: CommentFacts): boolean =>
  comment.author.id === actor.id;

/** The author or an administrator deletes one (a placeholder stays). */
export const canDeleteComment = (actor: Actor, comment: CommentFacts): boolean =>
  comment.author.id === actor.id || actor.role === 'ADMIN';
