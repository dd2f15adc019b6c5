import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Unauthenticated } from '../common/errors';
import { AuthUser } from '../common/auth-user';
import { AUTH_OPTIONS, AuthOptions, jwtKey } from '../auth/auth-options';
import { Inject } from '@nestjs/common';
import { AccessClaims, SessionsService } from './sessions.service';
import { AppRequest } from '../common/request-context';

/**
 * Verifies the Bearer access token (HS256 only: `alg: none` and other
 * algorithms are refused, as are expired tokens and wrong issuers) and loads
 * who it names; a token signed before a password change no longer works.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_OPTIONS) options: AuthOptions,
    private readonly auth: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: jwtKey(options),
      algorithms: ['HS256'],
      issuer: 'd4d-match',
      audience: 'd4d-match',
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(req: AppRequest, claims: AccessClaims): Promise<AuthUser> {
    const user = await this.auth.userForClaims(claims);
    if (!user) throw new Unauthenticated('Your session has ended; sign in again.');
    // The request's id travels with its user, so that the audit trail can name it.
    return { ...user, requestId: req.id };
  }
}
