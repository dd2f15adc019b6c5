import type { NeedStatus, Role, SolutionStatus, Visibility } from '@/generated/graphql';
import { ROLE_PERMISSIONS as SERVER_TABLE } from '@/generated/permissions';
import { POLICY_CASES } from '@/generated/policy-cases';
import * as client from './authorization';

/**
 * The server's answers, emitted from src/auth/policy.ts with the permission
 * table (`npm run permissions:emit`): the case's facts, joined by spaces.
 */
function server(rule: string, ...facts: (string | null)[]): boolean {
  const answer = POLICY_CASES[rule]?.[facts.map(String).join(' ')];
  if (answer === undefined) throw new Error(`no server answer for ${rule} ${facts.join(' ')}`);
  return answer;
}

const ROLES: Role[] = ['ADMIN', 'COORDINATOR', 'MINISTRY_STAFF', 'SOLUTION_PROVIDER'];
const STATUSES: NeedStatus[] = ['DRAFT', 'OPEN', 'MATCHED', 'CLOSED'];
const VISIBILITIES: Visibility[] = ['INTERNAL', 'PUBLIC'];
const SOLUTION_STATUSES: SolutionStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

const asActor = (role: Role): client.Actor => ({
  id: 'u1',
  role,
  ministry: role === 'MINISTRY_STAFF' ? { id: 'm1' } : null,
  organization: role === 'SOLUTION_PROVIDER' ? { id: 'o1' } : null,
});

describe('the client copy of the policy matches the server (src/auth/policy.ts)', () => {
  it("asks the server's permission table for every role", () => {
    expect(Object.keys(SERVER_TABLE).sort()).toEqual([...ROLES].sort());
    const permissions = [...new Set(Object.values(SERVER_TABLE).flat())];
    for (const role of ROLES) {
      for (const permission of permissions) {
        expect({ role, permission, may: client.can(asActor(role), permission) }).toEqual({
          role,
          permission,
          may: SERVER_TABLE[role].includes(permission),
        });
      }
    }
  });

  it('reads, creates and edits needs as the server does', () => {
    for (const role of ROLES) {
      for (const status of STATUSES) {
        for (const visibility of VISIBILITIES) {
          for (const ministryId of ['m1', 'm2', null]) {
            for (const createdById of ['u1', 'u2']) {
              const facts = [role, status, visibility, ministryId, createdById];
              const need = {
                status,
                visibility,
                ministry: ministryId ? { id: ministryId } : null,
                createdBy: { id: createdById },
              };
              const where = facts.join(' ');
              expect({ where, read: client.canReadNeed(asActor(role), need) }).toEqual({
                where,
                read: server('canReadNeed', ...facts),
              });
              expect({ where, update: client.canUpdateNeed(asActor(role), need) }).toEqual({
                where,
                update: server('canUpdateNeed', ...facts),
              });
            }
          }
          for (const ministryId of ['m1', 'm2', null]) {
            expect(client.canCreateNeedFor(asActor(role), ministryId)).toBe(
              server('canCreateNeedFor', role, ministryId),
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
          expect(
            client.canReadSolution(asActor(role), { status, provider: { id: providerId } }),
          ).toBe(server('canReadSolution', role, status, providerId));
          expect(client.canManageSolutionOf(asActor(role), providerId)).toBe(
            server('canManageSolutionOf', role, providerId),
          );
        }
      }
    }
  });

  it('proposes, reviews, decides and withdraws matches as the server does', () => {
    for (const role of ROLES) {
      for (const providerId of ['o1', 'o2']) {
        const provider = { provider: { id: providerId } };
        expect(client.canProposeMatch(asActor(role), provider)).toBe(
          server('canProposeMatch', role, providerId),
        );
        for (const proposedById of ['u1', 'u2']) {
          const where = `${role} ${providerId} ${proposedById}`;
          const match = { proposedBy: { id: proposedById } };
          expect({
            where,
            conflict: client.reviewConflict(asActor(role), match, provider) !== null,
          }).toEqual({
            where,
            conflict: server('reviewConflict', role, providerId, proposedById),
          });
          expect(client.decisionConflict(asActor(role), match) !== null).toBe(
            server('decisionConflict', role, providerId, proposedById),
          );
          expect(client.canWithdrawMatch(asActor(role), match)).toBe(
            server('canWithdrawMatch', role, providerId, proposedById),
          );
        }
      }
      expect(client.canReadAudit(asActor(role))).toBe(server('canReadAudit', role));
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
          edit: server('canEditComment', role, authorId),
          remove: server('canDeleteComment', role, authorId),
        });
      }
    }
  });
});
