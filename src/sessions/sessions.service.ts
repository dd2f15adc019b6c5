import { isUUID } from 'class-validator';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { BadInput, Unauthenticated } from '../common/errors';
import { SignInLockout } from '../security/sign-in-lockout';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { passwords } from '../users/passwords';
import { AUTH_OPTIONS, AuthOptions, jwtKey } from '../auth/auth-options';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { RefreshToken } from './entities/refresh-token.entity';
import { ClosableSocket, LiveSessions } from './live-sessions';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  user: User;
}

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const WRONG_CREDENTIALS = 'Wrong e-mail or password.';
const SESSION_ENDED = 'Your session has ended; sign in again.';
const DEACTIVATED = 'This account is deactivated; ask an administrator.';

/** What an access token says, as far as the server trusts it after verifying the signature. */
export interface AccessClaims {
  sub?: unknown;
  /** The user's session version when the token was signed (absent in older tokens: 0). */
  sv?: unknown;
}

@Injectable()
export class SessionsService {
  constructor(
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly lockout: SignInLockout,
    private readonly sockets: LiveSessions,
  ) {}

  /** A subscription socket opened with this user's token: closed when their sessions end. */
  watchSocket(userId: string, socket: ClosableSocket): void {
    this.sockets.add(userId, socket);
  }

  /**
   * One answer for an unknown e-mail and a wrong password, in about the same
   * time. Every attempt, including each alias of one document, goes through
   * the sign-in lockout first (src/security/sign-in-lockout.ts).
   */
  async verifyCredentials(email: string, password: string, ip: string | null): Promise<User> {
    const attempt = await this.lockout.attempt(String(email ?? ''), ip);
    const found = await this.db
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect(['user.passwordHash', 'user.sessionVersion'])
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
    const ok = await passwords.verify(found?.passwordHash ?? null, password);
    if (!found || !ok) throw new Unauthenticated(WRONG_CREDENTIALS);
    // Said only to whoever knows the password, so it reveals nothing to a guesser.
    if (found.deactivatedAt) throw new Unauthenticated(DEACTIVATED);
    await attempt.succeeded();
    // The session version stays on the user: `issue` refuses if a password change came in between.
    const { passwordHash: _, ...user } = found;
    return user as User;
  }

  /**
   * A new session: an access token and the first refresh token of a new
   * family. When `user.sessionVersion` is known (read with the password that
   * was checked), a password change since then refuses it.
   */
  issue(user: User): Promise<IssuedSession> {
    return this.issueInFamily(user, randomUUID(), { expectedVersion: user.sessionVersion });
  }

  /**
   * Rotation: a refresh token works once. Presenting a spent one means it
   * was copied, so the whole family (every token of that sign-in) is revoked.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const stored = await this.tokens.findOne({ where: { tokenHash: hashToken(refreshToken) } });
    if (!stored || stored.revokedAt || stored.expiresAt.getTime() <= Date.now()) {
      throw new Unauthenticated(SESSION_ENDED);
    }
    // Conditional update: of two concurrent uses, only one finds used_at empty.
    const spent = await this.tokens.update(
      { id: stored.id, usedAt: IsNull() },
      { usedAt: new Date() },
    );
    if (!spent.affected) {
      await this.revokeFamily(stored.userId, stored.familyId);
      throw new Unauthenticated(SESSION_ENDED);
    }
    const user = await this.users.findById(stored.userId);
    if (!user || user.deactivatedAt) throw new Unauthenticated(SESSION_ENDED);
    return this.issueInFamily(user, stored.familyId, { parentTokenId: stored.id });
  }

  /** Ends the session the refresh token belongs to, if it is the caller's. */
  async logout(userId: string, refreshToken: string): Promise<boolean> {
    const stored = await this.tokens.findOne({
      where: { tokenHash: hashToken(refreshToken), userId },
    });
    if (!stored) return false;
    await this.revokeFamily(userId, stored.familyId);
    return true;
  }

  /**
   * Who an access token names, checked as the HTTP guard checks it (HS256,
   * issuer and audience, not expired, the user still there); null if it is
   * not valid. For the `connection_init` of a subscription socket.
   */
  async userFromAccessToken(token: string): Promise<AuthUser | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: jwtKey(this.options),
        algorithms: ['HS256'],
        issuer: 'd4d-match',
        audience: 'd4d-match',
      });
      return await this.userForClaims(claims);
    } catch {
      return null;
    }
  }

  /**
   * The user a verified access token names, or null when the user is gone or
   * the token predates a password change (its session version is behind).
   */
  async userForClaims(claims: AccessClaims): Promise<AuthUser | null> {
    // The id is a verified claim, but a token from another issuer could name anything.
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub)) return null;
    // Every signed-in request comes through here: one plain statement, without the query builder's cost.
    const rows: (AuthUser & { sessionVersion: number })[] = await this.db.query(
      `SELECT id, email, role, ministry_id AS "ministryId", organization_id AS "organizationId",
              locale, session_version AS "sessionVersion"
       FROM "user" WHERE id = $1`,
      [claims.sub],
    );
    const found = rows[0];
    if (!found || (claims.sv ?? 0) !== found.sessionVersion) return null;
    const { sessionVersion: _, ...user } = found;
    return user;
  }

  /**
   * Checks the current password, stores the new one and ends every session
   * of the user: refresh tokens are revoked and the session version bumped
   * (so access tokens signed before stop working), in one transaction with
   * the audit event. Returns a fresh session so that the caller stays
   * signed in on the device where they made the change.
   */
  async changePassword(
    actor: AuthUser,
    currentPassword: string,
    newPassword: string,
    ip: string | null,
  ): Promise<IssuedSession> {
    const found = await this.db
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect(['user.passwordHash', 'user.sessionVersion'])
      .where('user.id = :id', { id: actor.id })
      .getOne();
    if (!found) throw new Unauthenticated(SESSION_ENDED);
    // Guesses of the current password (with a stolen access token, say) count as failed sign-ins.
    const attempt = await this.lockout.attempt(found.email, ip);
    if (!(await passwords.verify(found.passwordHash, currentPassword))) {
      // BAD_USER_INPUT, not UNAUTHENTICATED: the session is fine, the client
      // must not take this for an ended session and sign the person out.
      throw new BadInput('The current password is not right.', 'currentPassword');
    }
    await attempt.succeeded();
    if (currentPassword === newPassword) {
      throw new BadInput('The new password must differ from the current one.', 'newPassword');
    }
    const passwordHash = await passwords.hash(newPassword);
    const version = await this.db.transaction(async (tx) => {
      // The row as it is now, locked until commit: another change of password that
      // committed since the check above has made the password given here a stale one
      // (as it would be one after the other), and the version counts from the row.
      const locked = await userRow(tx, actor.id, 'for_no_key_update');
      if (!locked) throw new Unauthenticated(SESSION_ENDED);
      if (locked.passwordHash !== found.passwordHash) {
        throw new BadInput('The current password is not right.', 'currentPassword');
      }
      await tx
        .getRepository(User)
        .createQueryBuilder()
        .update()
        .set({ passwordHash, sessionVersion: () => 'session_version + 1' })
        .where('id = :id', { id: actor.id })
        .execute();
      await tx
        .getRepository(RefreshToken)
        .update({ userId: actor.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      // The trail says that the password changed and the sessions ended, never the hash.
      await this.events.publish(
        tx,
        new DomainEvent({
          actor,
          operation: 'changePassword',
          entityType: 'User',
          entityId: actor.id,
          before: { sessionVersion: locked.sessionVersion },
          after: { sessionVersion: locked.sessionVersion + 1 },
        }),
      );
      return locked.sessionVersion + 1;
    });
    // Open subscription sockets too, in every process.
    await this.sockets.endAll(actor.id);
    const { passwordHash: _, ...user } = found;
    return this.issue({ ...user, sessionVersion: version } as User);
  }

  /**
   * Revokes every token of a sign-in (logout, or a spent token presented
   * again). The user row is locked first, as changePassword does: a rotation
   * in progress (issueInFamily holds that row FOR SHARE until its new token
   * commits) then either finishes first, and its token is revoked with the
   * others, or waits and finds its parent revoked. Without the lock the
   * revocation missed a token not yet committed, and the session lived on.
   */
  private async revokeFamily(userId: string, familyId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await userRow(tx, userId, 'for_no_key_update');
      await tx
        .getRepository(RefreshToken)
        .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }

  /**
   * Writes the refresh token and signs the access token with the user's
   * current session version. The user row is read FOR SHARE in the same
   * transaction as the insert: a changePassword (which updates that row,
   * then revokes every token, in one transaction) either commits first, and
   * is seen here (a version moved on, a parent token revoked: refused), or
   * waits for this insert and revokes the new token with the others. No
   * session outlives a password change, however the two overlap.
   */
  private async issueInFamily(
    user: User,
    familyId: string,
    check: { expectedVersion?: number; parentTokenId?: string } = {},
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const version = await this.db.transaction(async (tx) => {
      const current = await userRow(tx, user.id, 'pessimistic_read');
      if (!current) throw new Unauthenticated(SESSION_ENDED);
      if (check.expectedVersion !== undefined && check.expectedVersion !== current.sessionVersion) {
        throw new Unauthenticated(check.parentTokenId ? SESSION_ENDED : WRONG_CREDENTIALS);
      }
      if (check.parentTokenId) {
        const parent = await tx
          .getRepository(RefreshToken)
          .findOne({ where: { id: check.parentTokenId }, select: { id: true, revokedAt: true } });
        if (!parent || parent.revokedAt) throw new Unauthenticated(SESSION_ENDED);
      }
      await tx.getRepository(RefreshToken).insert({
        userId: user.id,
        familyId,
        tokenHash: hashToken(refreshToken),
        expiresAt: new Date(Date.now() + this.options.refreshTtlDays * 86_400_000),
      });
      return current.sessionVersion;
    });
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, role: user.role, sv: version },
      {
        secret: jwtKey(this.options),
        algorithm: 'HS256',
        expiresIn: this.options.accessTtlSeconds,
        issuer: 'd4d-match',
        audience: 'd4d-match',
        jwtid: randomUUID(),
      },
    );
    const { sessionVersion: _, ...publicUser } = user;
    return { accessToken, refreshToken, user: publicUser as User };
  }
}

/**
 * The user row's session fields, locked until the transaction ends: FOR
 * SHARE to issue a session (issueInFamily), FOR NO KEY UPDATE to end
 * sessions (revokeFamily, changePassword), so that the two wait for each
 * other. The one place where the order of these locks is taken.
 */
function userRow(
  tx: EntityManager,
  id: string,
  lock: 'pessimistic_read' | 'for_no_key_update',
): Promise<Pick<User, 'id' | 'passwordHash' | 'sessionVersion'> | null> {
  return tx
    .getRepository(User)
    .createQueryBuilder('user')
    .select(['user.id', 'user.passwordHash', 'user.sessionVersion'])
    .where('user.id = :id', { id })
    .setLock(lock)
    .getOne();
}
