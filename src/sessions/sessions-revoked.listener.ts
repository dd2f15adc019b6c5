import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OnDomainEvent } from '../common/domain-events';
import { SessionsRevoked } from '../users/sessions-revoked';
import { SessionsService } from './sessions.service';

/**
 * Ends every session of a person when `users/` says so (deactivation, a new
 * role or affiliation, a password reset), as changePassword ends its
 * caller's (`SessionsService.endAllSessions`): in the change's transaction
 * the session version moves on and the refresh tokens are revoked; once it
 * has committed, the person's sockets close in every process.
 */
@Injectable()
export class SessionsRevokedListener {
  constructor(private readonly sessions: SessionsService) {}

  @OnDomainEvent(SessionsRevoked)
  async revoke(event: SessionsRevoked, tx: EntityManager): Promise<void> {
    await this.sessions.endAllSessions(tx, event.userId);
  }
}
