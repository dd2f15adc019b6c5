import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { OnCommitted, OnDomainEvent } from '../common/domain-events';
import { SessionsRevoked } from '../users/sessions-revoked';
import { User } from '../users/entities/user.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { LiveSessions } from './live-sessions';

/**
 * Ends every session of a person when `users/` says so (deactivation, a new
 * role or affiliation, a password reset), as changePassword ends its
 * caller's: in the change's transaction, which has locked the person's row
 * first (the lock order of SessionsService), the session version moves on
 * (access tokens signed before are refused) and the refresh tokens are
 * revoked; once it has committed, the person's sockets close in every
 * process.
 */
@Injectable()
export class SessionsRevokedListener {
  constructor(private readonly sockets: LiveSessions) {}

  @OnDomainEvent(SessionsRevoked)
  async revoke(event: SessionsRevoked, tx: EntityManager): Promise<void> {
    await tx
      .getRepository(User)
      .createQueryBuilder()
      .update()
      .set({ sessionVersion: () => 'session_version + 1' })
      .where('id = :id', { id: event.userId })
      .execute();
    await tx
      .getRepository(RefreshToken)
      .update({ userId: event.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  @OnCommitted(SessionsRevoked)
  closeSockets(event: SessionsRevoked): Promise<void> {
    return this.sockets.endAll(event.userId);
  }
}
