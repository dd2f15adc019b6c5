import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Unauthenticated } from '../common/errors';
import { UsersService } from '../users/users.service';
import { AuthUser } from './auth-user';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { Inject } from '@nestjs/common';

export interface AccessClaims {
  sub: string;
  role: string;
}

/** Verifies the Bearer access token (HS256 only) and loads who it names. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_OPTIONS) options: AuthOptions,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: options.secret,
      algorithms: ['HS256'],
      issuer: 'd4d-match',
      audience: 'd4d-match',
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<AuthUser> {
    const user = await this.users.findAuthUser(claims.sub);
    if (!user) throw new Unauthenticated('Your session has ended; sign in again.');
    return user;
  }
}
