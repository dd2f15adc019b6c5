import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { Unauthenticated } from '../common/errors';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { passwords } from '../users/passwords';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { AuthUser } from './auth-user';
import { RefreshToken } from './entities/refresh-token.entity';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  user: User;
}

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const WRONG_CREDENTIALS = 'Wrong e-mail or password.';
const SESSION_ENDED = 'Your session has ended; sign in again.';

@Injectable()
export class AuthService {
  constructor(
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  /** One answer for an unknown e-mail and a wrong password, in about the same time. */
  async verifyCredentials(email: string, password: string): Promise<User> {
    const found = await this.users.findWithPasswordHash(email);
    const ok = await passwords.verify(found?.passwordHash ?? null, password);
    if (!found || !ok) throw new Unauthenticated(WRONG_CREDENTIALS);
    const { passwordHash: _, ...user } = found;
    return user as User;
  }

  /** A new session: an access token and the first refresh token of a new family. */
  issue(user: User): Promise<IssuedSession> {
    return this.issueInFamily(user, randomUUID());
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
      await this.revokeFamily(stored.familyId);
      throw new Unauthenticated(SESSION_ENDED);
    }
    const user = await this.users.findById(stored.userId);
    if (!user) throw new Unauthenticated(SESSION_ENDED);
    return this.issueInFamily(user, stored.familyId);
  }

  /** Ends the session the refresh token belongs to, if it is the caller's. */
  async logout(userId: string, refreshToken: string): Promise<boolean> {
    const stored = await this.tokens.findOne({
      where: { tokenHash: hashToken(refreshToken), userId },
    });
    if (!stored) return false;
    await this.revokeFamily(stored.familyId);
    return true;
  }

  /**
   * Who an access token names, checked as the HTTP guard checks it (HS256,
   * issuer and audience, not expired, the user still there); null if it is
   * not valid. For the `connection_init` of a subscription socket.
   */
  async userFromAccessToken(token: string): Promise<AuthUser | null> {
    try {
      const claims = await this.jwt.verifyAsync<{ sub?: unknown }>(token, {
        secret: this.options.secret,
        algorithms: ['HS256'],
        issuer: 'd4d-match',
        audience: 'd4d-match',
      });
      return typeof claims.sub === 'string' ? await this.users.findAuthUser(claims.sub) : null;
    } catch {
      return null;
    }
  }

  /** Every session of a user (after a password change, say). */
  async revokeAllOf(userId: string): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issueInFamily(user: User, familyId: string): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.tokens.insert({
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.options.refreshTtlDays * 86_400_000),
    });
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, role: user.role },
      {
        secret: this.options.secret,
        algorithm: 'HS256',
        expiresIn: this.options.accessTtlSeconds,
        issuer: 'd4d-match',
        audience: 'd4d-match',
        jwtid: randomUUID(),
      },
    );
    return { accessToken, refreshToken, user };
  }
}
