import { NeedStatus, Role, SolutionStatus, Visibility } from '../common/enums';
import { AuthUser } from '../common/auth-user';
import {
  affiliationProblem,
  can,
  canJoin,
  canReadPeople,
  endsSessions,
  lastAdminConflict,
  Standing,
  canCreateNeedFor,
  canManageSolutionOf,
  canReadNeed,
  canReadSolution,
  canUpdateNeed,
  ROLE_PERMISSIONS,
} from './policy';

const user = (role: Role, extra: Partial<AuthUser> = {}): AuthUser => ({
  id: 'u1',
  email: 'x@y.lu',
  role,
  ministryId: role === Role.MINISTRY_STAFF ? 'm1' : null,
  organizationId: role === Role.SOLUTION_PROVIDER ? 'o1' : null,
  locale: 'en' as AuthUser['locale'],
  ...extra,
});
const need = (status: NeedStatus, visibility: Visibility, ministryId: string | null = 'm2') => ({
  status,
  visibility,
  ministryId,
  createdById: 'someone',
});

describe('policy', () => {
  it('lets only administrators create users and reference records', () => {
    for (const role of Object.values(Role)) {
      expect(can(user(role), 'user:create')).toBe(role === Role.ADMIN);
      expect(can(user(role), 'reference:create')).toBe(role === Role.ADMIN);
    }
  });

  it("hides other ministries' drafts from staff, and internal needs and drafts from providers", () => {
    const staff = user(Role.MINISTRY_STAFF);
    expect(canReadNeed(staff, need(NeedStatus.DRAFT, Visibility.INTERNAL, 'm2'))).toBe(false);
    expect(canReadNeed(staff, need(NeedStatus.DRAFT, Visibility.INTERNAL, 'm1'))).toBe(true);
    expect(canReadNeed(staff, need(NeedStatus.OPEN, Visibility.INTERNAL, 'm2'))).toBe(true);
    const provider = user(Role.SOLUTION_PROVIDER);
    expect(canReadNeed(provider, need(NeedStatus.OPEN, Visibility.INTERNAL))).toBe(false);
    expect(canReadNeed(provider, need(NeedStatus.DRAFT, Visibility.PUBLIC))).toBe(false);
    expect(canReadNeed(provider, need(NeedStatus.MATCHED, Visibility.PUBLIC))).toBe(true);
    expect(canReadNeed(user(Role.COORDINATOR), need(NeedStatus.DRAFT, Visibility.INTERNAL))).toBe(
      true,
    );
  });

  it('lets staff log and edit needs of their own ministry only', () => {
    const staff = user(Role.MINISTRY_STAFF);
    expect(canCreateNeedFor(staff, 'm1')).toBe(true);
    expect(canCreateNeedFor(staff, 'm2')).toBe(false);
    expect(canUpdateNeed(staff, need(NeedStatus.OPEN, Visibility.PUBLIC, 'm2'))).toBe(false);
    expect(canUpdateNeed(staff, need(NeedStatus.OPEN, Visibility.PUBLIC, 'm1'))).toBe(true);
    expect(canCreateNeedFor(user(Role.SOLUTION_PROVIDER), null)).toBe(false);
    expect(canCreateNeedFor(user(Role.COORDINATOR), null)).toBe(true);
  });

  it('shows unpublished solutions only to the working group and their provider', () => {
    const draft = { status: SolutionStatus.DRAFT, providerId: 'o1' };
    expect(canReadSolution(user(Role.SOLUTION_PROVIDER), draft)).toBe(true);
    expect(canReadSolution(user(Role.SOLUTION_PROVIDER, { organizationId: 'o2' }), draft)).toBe(
      false,
    );
    expect(canReadSolution(user(Role.MINISTRY_STAFF), draft)).toBe(false);
    expect(canReadSolution(user(Role.COORDINATOR), draft)).toBe(true);
    expect(canManageSolutionOf(user(Role.SOLUTION_PROVIDER), 'o2')).toBe(false);
    expect(canManageSolutionOf(user(Role.MINISTRY_STAFF), 'o1')).toBe(false);
  });

  it('gives every role at least read access to reference data', () => {
    for (const role of Object.values(Role))
      expect(ROLE_PERMISSIONS[role]).toContain('reference:read');
  });

  it('lets the working group read people, and only administrators change them', () => {
    for (const role of Object.values(Role)) {
      const group = role === Role.ADMIN || role === Role.COORDINATOR;
      expect(canReadPeople(user(role))).toBe(group);
      expect(can(user(role), 'user:update')).toBe(role === Role.ADMIN);
      expect(can(user(role), 'reference:update')).toBe(role === Role.ADMIN);
    }
  });

  it('puts staff in a ministry, providers in an organisation, the working group in neither', () => {
    const of = (role: Role, ministryId: string | null, organizationId: string | null) =>
      affiliationProblem({ role, ministryId, organizationId })?.field ?? null;
    expect(of(Role.MINISTRY_STAFF, 'm1', null)).toBeNull();
    expect(of(Role.MINISTRY_STAFF, null, null)).toBe('ministryId');
    expect(of(Role.SOLUTION_PROVIDER, null, 'o1')).toBeNull();
    expect(of(Role.SOLUTION_PROVIDER, 'm1', 'o1')).toBe('ministryId');
    expect(of(Role.SOLUTION_PROVIDER, null, null)).toBe('organizationId');
    expect(of(Role.COORDINATOR, null, null)).toBeNull();
    expect(of(Role.ADMIN, null, 'o1')).toBe('organizationId');
  });

  it('lets no one join a retired ministry or organisation', () => {
    expect(canJoin({ retiredAt: null })).toBe(true);
    expect(canJoin({ retiredAt: new Date() })).toBe(false);
  });

  const standing = (role: Role, active = true, extra: Partial<Standing> = {}): Standing => ({
    role,
    ministryId: role === Role.MINISTRY_STAFF ? 'm1' : null,
    organizationId: role === Role.SOLUTION_PROVIDER ? 'o1' : null,
    active,
    ...extra,
  });

  it('ends sessions on deactivation and on a new role or affiliation, not on a new name', () => {
    const staff = standing(Role.MINISTRY_STAFF);
    expect(endsSessions(staff, staff)).toBe(false);
    expect(endsSessions(staff, { ...staff, active: false })).toBe(true);
    expect(endsSessions(staff, { ...staff, ministryId: 'm2' })).toBe(true);
    expect(endsSessions(staff, standing(Role.COORDINATOR))).toBe(true);
    expect(endsSessions({ ...staff, active: false }, staff)).toBe(false);
  });

  it('keeps the last active administrator: not deactivated, not demoted', () => {
    const admin = standing(Role.ADMIN);
    const deactivated = { ...admin, active: false };
    const demoted = standing(Role.COORDINATOR);
    expect(lastAdminConflict(admin, deactivated, 1)).toMatch(/last active administrator/);
    expect(lastAdminConflict(admin, demoted, 1)).toMatch(/last active administrator/);
    expect(lastAdminConflict(admin, deactivated, 2)).toBeNull();
    expect(lastAdminConflict(admin, admin, 1)).toBeNull();
    // A deactivated administrator is not one of the active ones.
    expect(lastAdminConflict(deactivated, demoted, 1)).toBeNull();
    expect(lastAdminConflict(demoted, deactivated, 0)).toBeNull();
  });
});
