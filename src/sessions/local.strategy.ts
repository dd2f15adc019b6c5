import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { SessionsService } from './sessions.service';
import { User } from '../users/entities/user.entity';

/** E-mail and password sign-in; the guard feeds it `login`'s input. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: SessionsService) {
    // The request too: the sign-in lockout also counts failures per address.
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<User> {
    return this.auth.verifyCredentials(email, password, req.ip ?? null);
  }
}
