import { createHash, randomBytes } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { can } from '../auth/policy';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { assertUuid, BadInput, Forbidden, NotFound } from '../common/errors';
import { Environment, publicUrl } from '../config/env.validation';
import { SignInLockout } from '../security/sign-in-lockout';
import { PasswordResetLink } from './dto/password-reset.dto';
import { PasswordReset } from './entities/password-reset.entity';
import { User } from './entities/user.entity';
import { passwords } from './passwords';
import { SessionsRevoked } from './sessions-revoked';

const LINK_HOURS = 24;
/** A self-service request while a link of the same kind younger than this is live writes nothing. */
const SELF_SERVICE_COOLDOWN = '5 minutes';
const INVALID_LINK =
  'This reset link is not valid any more: it has expired, was used, or a newer one was issued. Ask for a new one.';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `jane.doe@example.lu` → `j***@e***.lu`: enough to tell addresses apart in a log, not to read one. */
export function maskEmail(email: string): string {
  const [local, domain = ''] = email.split(/@(?=[^@]*$)/);
  const labels = domain.split('.');
  const top = labels.length > 1 ? `.${labels[labels.length - 1]}` : '';
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${top}`;
}

/**
 * One-time password reset links: a random token (256 bits), stored as its
 * SHA-256 hash, valid 24 hours, spent by its first use; a new link revokes
 * the person's older ones. An administrator is shown the link they issue;
 * a person who asks for one themselves gets the same answer whatever the
 * address, and, until e-mail delivery exists, the link goes to the server's
 * log at warn level with the address masked. The reset ends every session.
 */
@Injectable()
export class PasswordResetsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('PasswordResets');
  private readonly pending = new Set<Promise<void>>();
  private readonly baseUrl: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly lockout: SignInLockout,
    config: ConfigService<Environment, true>,
  ) {
    this.baseUrl = publicUrl({
      PUBLIC_URL: config.get('PUBLIC_URL', { infer: true }),
      PORT: config.get('PORT', { infer: true }),
    });
  }

  /** ADMIN: a link for an active person, shown to the administrator who asked. */
  async issue(actor: AuthUser, userId: string): Promise<PasswordResetLink> {
    if (!can(actor, 'user:update')) {
      throw new Forbidden('Only administrators issue password reset links.');
    }
    userId = assertUuid(userId, 'userId');
    return this.db.transaction(async (tx) => {
      const user = await lockedUser(tx, userId);
      if (!user) throw new NotFound('User', userId);
      if (user.deactivatedAt) {
        throw new BadInput('This account is deactivated: reactivate it first.', 'userId');
      }
      return this.newLink(tx, user.id, actor, 'issuePasswordResetLink');
    });
  }

  /**
   * Anyone: the same answer, in the same time, whether or not the address
   * belongs to an active account, because the work happens after the
   * answer. `settled()` waits for it (the tests, and the shutdown).
   */
  request(email: string, requestId?: string): true {
    const work = this.requestNow(email, requestId).catch((err: unknown) =>
      this.logger.error({ requestId, error: err instanceof Error ? err.stack : String(err) }),
    );
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
    return true;
  }

  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.settled();
  }

  private async requestNow(email: string, requestId?: string): Promise<void> {
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email'])
      .where('lower(u.email) = lower(:email) AND u.deactivated_at IS NULL', { email: email.trim() })
      .getOne();
    if (!user) return;
    // A cooldown, so that asking again and again writes one line, not thousands.
    const recent = await this.db
      .getRepository(PasswordReset)
      .createQueryBuilder('r')
      .where('r.user_id = :id AND r.issued_by_id IS NULL', { id: user.id })
      .andWhere('r.used_at IS NULL AND r.revoked_at IS NULL')
      .andWhere(`r.created_at > now() - interval '${SELF_SERVICE_COOLDOWN}'`)
      .getExists();
    if (recent) return;
    const link = await this.db.transaction(async (tx) => {
      const locked = await lockedUser(tx, user.id);
      if (!locked || locked.deactivatedAt) return null;
      return this.newLink(tx, user.id, null, 'requestPasswordReset');
    });
    if (!link) return;
    this.logger.warn({
      msg: 'Password reset link asked for (no e-mail delivery yet: give it to the person)',
      to: maskEmail(user.email),
      link: link.url,
      expiresAt: link.expiresAt.toISOString(),
      requestId,
    });
  }

  /**
   * Sets a new password with a live link, spends the link and the person's
   * other links, and ends every session of theirs, in one transaction.
   * Counted by the sign-in lockout as a sign-in is: a failed try takes a
   * point from the address, so guessing is locked out as guessing passwords is.
   */
  async reset(token: string, newPassword: string, ip: string | null, requestId?: string) {
    const tokenHash = sha256(token);
    const attempt = await this.lockout.attempt(`password-reset ${tokenHash}`, ip);
    const link = await this.db.getRepository(PasswordReset).findOne({ where: { tokenHash } });
    if (!link || link.usedAt || link.revokedAt || link.expiresAt.getTime() <= Date.now()) {
      throw new BadInput(INVALID_LINK, 'token');
    }
    const passwordHash = await passwords.hash(newPassword);
    await this.db.transaction(async (tx) => {
      const user = await lockedUser(tx, link.userId);
      if (!user || user.deactivatedAt) throw new BadInput(INVALID_LINK, 'token');
      // Of two resets with one link, one spends it; the other finds it spent.
      const spent = await tx
        .getRepository(PasswordReset)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()', {
          id: link.id,
        })
        .execute();
      if (!spent.affected) throw new BadInput(INVALID_LINK, 'token');
      await revokeLinks(tx, user.id);
      await tx.getRepository(User).update(user.id, { passwordHash });
      await this.events.publish(
        tx,
        new SessionsRevoked(
          {
            actor: { id: user.id, requestId },
            operation: 'resetPassword',
            entityType: 'User',
            entityId: user.id,
            before: null,
            after: null,
          },
          user.id,
        ),
      );
    });
    await attempt.succeeded();
    return true;
  }

  /** A new link for the person (their older ones revoked), announced for the audit trail. */
  private async newLink(
    tx: EntityManager,
    userId: string,
    issuedBy: AuthUser | null,
    operation: string,
  ): Promise<PasswordResetLink> {
    await revokeLinks(tx, userId);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + LINK_HOURS * 3_600_000);
    await tx.getRepository(PasswordReset).insert({
      userId,
      tokenHash: sha256(token),
      expiresAt,
      issuedById: issuedBy?.id ?? null,
    });
    await this.events.publish(
      tx,
      new DomainEvent({
        actor: issuedBy,
        operation,
        entityType: 'User',
        entityId: userId,
        before: null,
        after: { resetLinkExpiresAt: expiresAt },
      }),
    );
    return { url: `${this.baseUrl}/reset-password?token=${token}`, expiresAt };
  }
}

/** The person's row, locked as the other changes of an account lock it (UsersService). */
function lockedUser(tx: EntityManager, id: string) {
  return tx
    .getRepository(User)
    .createQueryBuilder('u')
    .select(['u.id', 'u.deactivatedAt'])
    .setLock('for_no_key_update')
    .where('u.id = :id', { id })
    .getOne();
}

/** Revokes the person's live links (a new link, a reset, a deactivation). */
export function revokeLinks(tx: EntityManager, userId: string) {
  return tx
    .getRepository(PasswordReset)
    .createQueryBuilder()
    .update()
    .set({ revokedAt: () => 'now()' })
    .where('user_id = :userId AND used_at IS NULL AND revoked_at IS NULL', { userId })
    .execute();
}
