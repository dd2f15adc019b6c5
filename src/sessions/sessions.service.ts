import { isUUID } from 'class-validator';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
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
import { afterCommit } from '../common/after-commit';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { RefreshToken } from './entities/refresh-token.entity';
import { ClosableSocket, LiveSessions } from './live-sessions';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  user: User;
}

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** The sign-in lockout's key of an account: login and changePassword count together. */
const accountKey = (userId: string) => `user:${userId}`;
const WRONG_CREDENTIALS = 'Wrong e-mail or password.';
const SESSION_ENDED = 'Your session has ended; sign in again.';
const DEACTIVATED = 'This account is deactivated; ask an administrator.';

/** What an access token says, as far as the server trusts it after verifying the signature. */
export interface AccessClaims {
  sub?: unknown;
  /** The user's session version when the token was signed (absent in older tokens: 0). */
  sv?: unknown;
  /** The sign-in (refresh token family) it was issued to: logout ends it (absent in older tokens). */
  fid?: unknown;
  exp?: unknown;
}

/** The claims of a verified access token that the server acts on. */
export interface VerifiedAccess {
  userId: string;
  sessionVersion: number;
  familyId: string | null;
  /** Milliseconds since the epoch. */
  expiresAt: number;
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

  /**
   * A subscription socket opened with this access token: closed at the
   * token's expiry, and when its sign-in or every session of the user ends.
   */
  watchSocket(socket: ClosableSocket, access: VerifiedAccess): void {
    this.sockets.add(socket, { ...access });
  }

  /**
   * One answer for an unknown e-mail and a wrong password, in about the same
   * time: one statement finds the account, then every attempt, including
   * each alias of one document, goes through the sign-in lockout before the
   * password is checked (src/security/sign-in-lockout.ts). The lockout is
   * keyed on what the attempt would unlock: the account the lookup matched,
   * else the address as the lookup normalises it (PostgreSQL's lower(), not
   * JavaScript's, which differ on "İ"), so that an alias of an address meets
   * the same counter whether the account exists or not.
   */
  async verifyCredentials(email: string, password: string, ip: string | null): Promise<User> {
    const [found]: {
      normalised: string;
      id: string | null;
      passwordHash: string | null;
      sessionVersion: number | null;
      deactivatedAt: Date | null;
    }[] = await this.db.query(
      `SELECT lower($1::text) AS "normalised", u.id, u.password_hash AS "passwordHash",
              u.session_version AS "sessionVersion", u.deactivated_at AS "deactivatedAt"
       FROM (SELECT 1) AS one LEFT JOIN "user" u ON lower(u.email) = lower($1::text)`,
      [String(email ?? '')],
    );
    const attempt = await this.lockout.attempt(
      found.id ? accountKey(found.id) : `address:${found.normalised}`,
      ip,
    );
    const ok = await passwords.verify(found.passwordHash, password);
    if (!found.id || !ok) throw new Unauthenticated(WRONG_CREDENTIALS);
    // Said only to whoever knows the password, so it reveals nothing to a guesser.
    if (found.deactivatedAt) throw new Unauthenticated(DEACTIVATED);
    await attempt.succeeded();
    const user = await this.users.findById(found.id);
    if (!user) throw new Unauthenticated(WRONG_CREDENTIALS);
    // The session version read with the password: `issue` refuses if a password change came in between.
    return { ...user, sessionVersion: found.sessionVersion! };
  }

  /**
   * A new session: an access token and the first refresh token of a new
   * family. When `user.sessionVersion` is known (read with the password that
   * was checked), a password change since then refuses it.
   */
  async issue(user: User): Promise<IssuedSession> {
    return (await this.issueInFamily(user, randomUUID(), {
      expectedVersion: user.sessionVersion,
    }))!;
  }

  /**
   * Rotation: a refresh token works once. Presenting a spent one means it
   * was copied, so the whole family (every token of that sign-in) is revoked,
   * and with it the family's access tokens and sockets.
   *
   * `retry` (the browser's cookie, POST /auth/refresh): a spent token
   * presented again within `refreshRetrySeconds` of its use, while the token
   * it was exchanged for is still unused, is a retry of a renewal whose
   * answer was lost (a reload or a closed tab cut it off, or two tabs
   * renewed at once): it gets that same next token again, which the
   * successor's derivation from its parent (successorOf) makes possible
   * without storing it. Whoever uses the next token second still ends the
   * sign-in. Other clients keep their own tokens and get no such grace.
   */
  async refresh(refreshToken: string, options: { retry?: boolean } = {}): Promise<IssuedSession> {
    const stored = await this.tokens.findOne({ where: { tokenHash: hashToken(refreshToken) } });
    if (!stored || stored.revokedAt || stored.expiresAt.getTime() <= Date.now()) {
      throw new Unauthenticated(SESSION_ENDED);
    }
    const user = await this.users.findById(stored.userId);
    if (!user || user.deactivatedAt) throw new Unauthenticated(SESSION_ENDED);
    const next = this.successorOf(refreshToken);
    const issued = await this.issueInFamily(user, stored.familyId, {
      spend: { tokenId: stored.id, next },
    });
    if (issued) return issued;
    const version = options.retry ? await this.retryOf(stored.id, next) : null;
    if (version !== null) return this.signed(user, version, stored.familyId, next);
    // Copied: the sign-in ends, the access tokens and sockets of whoever holds it too.
    await this.revokeFamily(stored.userId, stored.familyId);
    throw new Unauthenticated(SESSION_ENDED);
  }

  /** The refresh token a token is exchanged for: a keyed hash of it, so a retry can be answered again. */
  private successorOf(refreshToken: string): string {
    return createHmac('sha256', this.options.secret)
      .update(`d4d-match refresh successor:${refreshToken}`, 'utf8')
      .digest('base64url');
  }

  /**
   * The user's session version if presenting this spent token again is a
   * retry (see refresh): it was spent within the grace, is not revoked, and
   * its successor is alive and unused; else null.
   */
  private async retryOf(tokenId: string, next: string): Promise<number | null> {
    const [row]: { usedAt: Date; sessionVersion: number }[] = await this.db.query(
      `SELECT spent.used_at AS "usedAt", u.session_version AS "sessionVersion"
       FROM refresh_token spent
       JOIN refresh_token successor
         ON successor.token_hash = $2 AND successor.family_id = spent.family_id
       JOIN "user" u ON u.id = spent.user_id
       WHERE spent.id = $1 AND spent.revoked_at IS NULL AND spent.used_at IS NOT NULL
         AND successor.used_at IS NULL AND successor.revoked_at IS NULL`,
      [tokenId, hashToken(next)],
    );
    if (!row || Date.now() - row.usedAt.getTime() > this.options.refreshRetrySeconds * 1000) {
      return null;
    }
    return row.sessionVersion;
  }

  /**
   * Ends the session (sign-in) the refresh token belongs to, if it is the
   * caller's (`userId`; null when holding the token is the proof, as with the
   * browser's cookie): its refresh tokens are revoked, its access tokens
   * refused from then on (userForClaims), and its subscription sockets closed
   * in every process. The user's other sign-ins (other devices) go on.
   */
  async logout(userId: string | null, refreshToken: string): Promise<boolean> {
    const tokenHash = hashToken(refreshToken);
    const stored = await this.tokens.findOne({
      where: userId ? { tokenHash, userId } : { tokenHash },
    });
    if (!stored) return false;
    await this.revokeFamily(stored.userId, stored.familyId);
    return true;
  }

  /**
   * An access token checked as the HTTP guard checks it (HS256, issuer and
   * audience, not expired), with its claims; null if it is not valid. For the
   * `connection_init` of a subscription socket, which then asks userForClaims.
   */
  async verifyAccessToken(token: string): Promise<VerifiedAccess | null> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: jwtKey(this.options),
        algorithms: ['HS256'],
        issuer: 'd4d-match',
        audience: 'd4d-match',
      });
    } catch {
      return null;
    }
    const { sub, sv = 0, fid, exp } = claims;
    if (typeof sub !== 'string' || !isUUID(sub) || typeof sv !== 'number') return null;
    if (
      typeof exp !== 'number' ||
      (fid !== undefined && (typeof fid !== 'string' || !isUUID(fid)))
    ) {
      return null;
    }
    return { userId: sub, sessionVersion: sv, familyId: fid ?? null, expiresAt: exp * 1000 };
  }

  /**
   * The user a verified access token names, or null when the user is gone,
   * the token predates the end of every session (its session version is
   * behind), or its sign-in was ended (logout, a spent refresh token reused).
   */
  async userForClaims(claims: AccessClaims): Promise<AuthUser | null> {
    // The ids are verified claims, but a token from another issuer could name anything.
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub)) return null;
    const family = claims.fid ?? null;
    if (family !== null && (typeof family !== 'string' || !isUUID(family))) return null;
    // Every signed-in request comes through here: one plain statement, without the query
    // builder's cost. An ended sign-in is one with a revoked token (a partial index finds it).
    const rows: (AuthUser & { sessionVersion: number; familyEnded: boolean })[] =
      await this.db.query(
        `SELECT id, email, role, ministry_id AS "ministryId", organization_id AS "organizationId",
                locale, session_version AS "sessionVersion",
                EXISTS (SELECT 1 FROM refresh_token
                        WHERE family_id = $2 AND revoked_at IS NOT NULL) AS "familyEnded"
         FROM "user" WHERE id = $1`,
        [claims.sub, family],
      );
    const found = rows[0];
    if (!found || (claims.sv ?? 0) !== found.sessionVersion || found.familyEnded) return null;
    const { sessionVersion: _, familyEnded: __, ...user } = found;
    return user;
  }

  /**
   * Ends every session of a user at once: the session version moves on (so
   * every access token signed before is refused), every refresh token is
   * revoked, and, once `tx` commits, the user's subscription sockets close in
   * every process. In the caller's transaction when given (a deactivation,
   * say: nothing ends if it rolls back), else in one of its own. Returns the
   * new session version, or null if there is no such user.
   */
  async endAllSessions(tx: EntityManager | null, userId: string): Promise<number | null> {
    if (!tx) return this.db.transaction((own) => this.endAllSessions(own, userId));
    // The lock order of every session path (userRow): a rotation in flight finishes
    // first, and its token is revoked below, or waits and finds its parent revoked.
    const locked = await userRow(tx, userId, 'for_no_key_update');
    if (!locked) return null;
    const version = locked.sessionVersion + 1;
    await tx
      .getRepository(User)
      .createQueryBuilder()
      .update()
      .set({ sessionVersion: version })
      .where('id = :id', { id: userId })
      .execute();
    await tx
      .getRepository(RefreshToken)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    // Sockets opened since with a token of the new version (this device's, after a
    // password change) are left open.
    afterCommit(tx, () => this.sockets.endAll(userId, version));
    return version;
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
    const attempt = await this.lockout.attempt(accountKey(actor.id), ip);
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
      await tx.getRepository(User).update({ id: actor.id }, { passwordHash });
      // Every session ends, open subscription sockets too, in every process.
      const ended = (await this.endAllSessions(tx, actor.id))!;
      // The trail says that the password changed and the sessions ended, never the hash.
      await this.events.publish(
        tx,
        new DomainEvent({
          actor,
          operation: 'changePassword',
          entityType: 'User',
          entityId: actor.id,
          before: { sessionVersion: locked.sessionVersion },
          after: { sessionVersion: ended },
        }),
      );
      return ended;
    });
    const { passwordHash: _, ...user } = found;
    return this.issue({ ...user, sessionVersion: version } as User);
  }

  /**
   * Ends a sign-in (logout, or a spent token presented again): revokes
   * every token of the family, which also makes its access tokens refused,
   * then closes its sockets in every process. The user row is locked first,
   * as changePassword does: a rotation in progress (issueInFamily holds that
   * row FOR SHARE until its new token commits) then either finishes first,
   * and its token is revoked with the others, or waits and finds its parent
   * revoked. Without the lock the revocation missed a token not yet
   * committed, and the session lived on.
   */
  private async revokeFamily(userId: string, familyId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await userRow(tx, userId, 'for_no_key_update');
      await tx
        .getRepository(RefreshToken)
        .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      afterCommit(tx, () => this.sockets.endFamily(userId, familyId));
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
   *
   * With `spend`, the parent token is spent in the same transaction: of two
   * uses of one token, one spends it, and the other waits on its row until
   * that commits, then finds it spent (or revoked): null, nothing written.
   */
  private async issueInFamily(
    user: User,
    familyId: string,
    check: { expectedVersion?: number; spend?: { tokenId: string; next: string } } = {},
  ): Promise<IssuedSession | null> {
    const refreshToken = check.spend?.next ?? randomBytes(32).toString('base64url');
    const version = await this.db.transaction(async (tx) => {
      const current = await userRow(tx, user.id, 'pessimistic_read');
      if (!current) throw new Unauthenticated(SESSION_ENDED);
      if (check.expectedVersion !== undefined && check.expectedVersion !== current.sessionVersion) {
        throw new Unauthenticated(WRONG_CREDENTIALS);
      }
      if (check.spend) {
        const spent = await tx
          .getRepository(RefreshToken)
          .update(
            { id: check.spend.tokenId, usedAt: IsNull(), revokedAt: IsNull() },
            { usedAt: new Date() },
          );
        if (!spent.affected) return null;
      }
      await tx.getRepository(RefreshToken).insert({
        userId: user.id,
        familyId,
        tokenHash: hashToken(refreshToken),
        expiresAt: new Date(Date.now() + this.options.refreshTtlDays * 86_400_000),
      });
      return current.sessionVersion;
    });
    return version === null ? null : this.signed(user, version, familyId, refreshToken);
  }

  /** The answer of a sign-in or renewal: an access token of that version and sign-in. */
  private async signed(
    user: User,
    version: number,
    familyId: string,
    refreshToken: string,
  ): Promise<IssuedSession> {
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, role: user.role, sv: version, fid: familyId },
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
 * sessions (revokeFamily, endAllSessions), so that the two wait for each
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
