import { NeedStatus, Role, SolutionStatus, Visibility } from '../common/enums';
import { AuthUser } from '../common/auth-user';
import {
  canDeleteComment,
  canEditComment,
  canReadAudit,
  canReadThread,
  NeedFacts,
  SolutionFacts,
  ThreadFacts,
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
const need = (visibility: Visibility, status = NeedStatus.OPEN): NeedFacts => ({
  status,
  visibility,
  ministryId: 'm2',
  createdById: 'someone',
});
const solution = (providerId: string, status = SolutionStatus.PUBLISHED): SolutionFacts => ({
  status,
  providerId,
});

describe('policy of discussions and the audit trail', () => {
  it('lets whoever may read a need read its thread: never a provider for an INTERNAL need', () => {
    const internal: ThreadFacts = { subject: 'NEED', need: need(Visibility.INTERNAL) };
    const open: ThreadFacts = { subject: 'NEED', need: need(Visibility.PUBLIC) };
    for (const role of [Role.ADMIN, Role.COORDINATOR, Role.MINISTRY_STAFF]) {
      expect(canReadThread(user(role), internal)).toBe(true);
    }
    expect(canReadThread(user(Role.SOLUTION_PROVIDER), internal)).toBe(false);
    expect(canReadThread(user(Role.SOLUTION_PROVIDER), open)).toBe(true);
  });

  it("follows a solution's read rule for its thread", () => {
    const draft: ThreadFacts = {
      subject: 'SOLUTION',
      solution: solution('o1', SolutionStatus.DRAFT),
    };
    expect(canReadThread(user(Role.SOLUTION_PROVIDER), draft)).toBe(true);
    expect(canReadThread(user(Role.SOLUTION_PROVIDER, { organizationId: 'o2' }), draft)).toBe(
      false,
    );
    expect(canReadThread(user(Role.MINISTRY_STAFF), draft)).toBe(false);
    expect(canReadThread(user(Role.COORDINATOR), draft)).toBe(true);
  });

  it("follows a match's read rule: providers only their own organisation's matches", () => {
    const match: ThreadFacts = {
      subject: 'MATCH',
      need: need(Visibility.PUBLIC),
      solution: solution('o1'),
    };
    expect(canReadThread(user(Role.SOLUTION_PROVIDER), match)).toBe(true);
    expect(canReadThread(user(Role.SOLUTION_PROVIDER, { organizationId: 'o2' }), match)).toBe(
      false,
    );
    expect(canReadThread(user(Role.MINISTRY_STAFF), match)).toBe(true);
    const onInternal: ThreadFacts = { ...match, need: need(Visibility.INTERNAL) };
    expect(canReadThread(user(Role.SOLUTION_PROVIDER), onInternal)).toBe(false);
  });

  it('lets only the author edit, and the author or an admin delete', () => {
    const mine = { authorId: 'u1' };
    const theirs = { authorId: 'u2' };
    for (const role of Object.values(Role)) {
      expect(canEditComment(user(role), mine)).toBe(true);
      expect(canEditComment(user(role), theirs)).toBe(false);
      expect(canDeleteComment(user(role), mine)).toBe(true);
      expect(canDeleteComment(user(role), theirs)).toBe(role === Role.ADMIN);
    }
  });

  it('opens the audit trail to ADMIN and COORDINATOR only', () => {
    for (const role of Object.values(Role)) {
      expect(canReadAudit(user(role))).toBe(role === Role.ADMIN || role === Role.COORDINATOR);
    }
  });
});
