import { Change, DomainEvent } from '../common/domain-events';

/**
 * A change after which every session of a person ends at once: they were
 * deactivated, their role, ministry or organisation changed (`endsSessions`
 * in the policy), or their password was reset. `sessions/` listens: in the
 * change's transaction it bumps the session version (access tokens signed
 * before are refused) and revokes the refresh tokens; after the commit it
 * closes the person's sockets in every process. The audit trail records
 * that the sessions ended.
 */
export class SessionsRevoked extends DomainEvent {
  constructor(
    change: Change,
    readonly userId: string,
  ) {
    super({
      ...change,
      also: [...(change.also ?? []), { field: 'sessions', before: 'open', after: 'ended' }],
    });
  }
}
