import * as server from '../../../src/auth/policy';
import type { AuthUser } from '../../../src/common/auth-user';
import type {
  Locale,
  NeedStatus as ServerNeedStatus,
  Role as ServerRole,
} from '../../../src/common/enums';
import type { NeedStatus, Role, SolutionStatus, Visibility } from '@/generated/graphql';
import * as client from './authorization';

const ROLES: Role[] = ['ADMIN', 'COORDINATOR', 'MINISTRY_STAFF', 'SOLUTION_PROVIDER'];
const STATUSES: NeedStatus[] = ['DRAFT', 'OPEN', 'MATCHED', 'CLOSED'];
const VISIBILITIES: Visibility[] = ['INTERNAL', 'PUBLIC'];
const SOLUTION_STATUSES: SolutionStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

const asServerUser = (role: Role): AuthUser => ({
  id: 'u1',
  email: 'x@example.lu',
  role: role as ServerRole,
  ministryId: role === 'MINISTRY_STAFF' ? 'm1' : null,
  organizationId: role === 'SOLUTION_PROVIDER' ? 'o1' : null,
  locale: 'en' as Locale,
});
const asActor = (role: Role): client.Actor => ({
  id: 'u1',
  role,
  ministry: role === 'MINISTRY_STAFF' ? { id: 'm1' } : null,
  organization: role === 'SOLUTION_PROVIDER' ? { id: 'o1' } : null,
});

describe('the client copy of the policy matches the server (src/auth/policy.ts)', () => {
  it('has the same permissions for every role', () => {
    for (const role of ROLES) {
      expect([...client.ROLE_PERMISSIONS[role]].sort()).toEqual(
        [...server.ROLE_PERMISSIONS[role as ServerRole]].sort(),
      );
    }
  });

  it('reads, creates and edits needs as the server does', () => {
    for (const role of ROLES) {
      for (const status of STATUSES) {
        for (const visibility of VISIBILITIES) {
          for (const ministryId of ['m1', 'm2', null]) {
            for (const createdById of ['u1', 'u2']) {
              const facts = { status, visibility, ministryId, createdById };
              const need = {
                status,
                visibility,
                ministry: ministryId ? { id: ministryId } : null,
                createdBy: { id: createdById },
              };
              const where = `${role} ${JSON.stringify(facts)}`;
              const serverFacts = {
                ...facts,
                status: status as ServerNeedStatus,
              } as server.NeedFacts;
              expect({ where, read: client.canReadNeed(asActor(role), need) }).toEqual({
                where,
                read: server.canReadNeed(asServerUser(role), serverFacts),
              });
              expect({ where, update: client.canUpdateNeed(asActor(role), need) }).toEqual({
                where,
                update: server.canUpdateNeed(asServerUser(role), serverFacts),
              });
            }
          }
          for (const ministryId of ['m1', 'm2', null]) {
            expect(client.canCreateNeedFor(asActor(role), ministryId)).toBe(
              server.canCreateNeedFor(asServerUser(role), ministryId),
            );
          }
        }
      }
    }
  });

  it('reads and manages solutions as the server does', () => {
    for (const role of ROLES) {
      for (const status of SOLUTION_STATUSES) {
        for (const providerId of ['o1', 'o2']) {
          const facts = { status, providerId } as server.SolutionFacts;
          expect(
            client.canReadSolution(asActor(role), { status, provider: { id: providerId } }),
          ).toBe(server.canReadSolution(asServerUser(role), facts));
          expect(client.canManageSolutionOf(asActor(role), providerId)).toBe(
            server.canManageSolutionOf(asServerUser(role), providerId),
          );
        }
      }
    }
  });

  it('proposes, reviews, decides and withdraws matches as the server does', () => {
    for (const role of ROLES) {
      for (const providerId of ['o1', 'o2']) {
        const solution = { status: 'PUBLISHED', providerId } as server.SolutionFacts;
        const provider = { provider: { id: providerId } };
        expect(client.canProposeMatch(asActor(role), provider)).toBe(
          server.canProposeMatch(asServerUser(role), solution),
        );
        for (const proposedById of ['u1', 'u2']) {
          const where = `${role} ${providerId} ${proposedById}`;
          const match = { proposedBy: { id: proposedById } };
          expect({
            where,
            conflict: client.reviewConflict(asActor(role), match, provider) !== null,
          }).toEqual({
            where,
            conflict:
              server.reviewConflict(asServerUser(role), { proposedById }, solution) !== null,
          });
          expect(client.decisionConflict(asActor(role), match) !== null).toBe(
            server.decisionConflict(asServerUser(role), { proposedById }) !== null,
          );
          expect(client.canWithdrawMatch(asActor(role), match)).toBe(
            server.canWithdrawMatch(asServerUser(role), { proposedById }),
          );
        }
      }
      expect(client.canReadAudit(asActor(role))).toBe(server.canReadAudit(asServerUser(role)));
    }
  });

  it('edits and deletes comments as the server does', () => {
    for (const role of ROLES) {
      for (const authorId of ['u1', 'u2']) {
        const where = `${role} ${authorId}`;
        const comment = { author: { id: authorId } };
        expect({
          where,
          edit: client.canEditComment(asActor(role), comment),
          remove: client.canDeleteComment(asActor(role), comment),
        }).toEqual({
          where,
          edit: server.canEditComment(asServerUser(role), { authorId }),
          remove: server.canDeleteComment(asServerUser(role), { authorId }),
        });
      }
    }
  });
});
