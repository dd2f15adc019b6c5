import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC, requestOf } from '../common/decorators';
import { DomainError, Unauthenticated } from '../common/errors';

/**
 * Deny by default: every GraphQL operation and HTTP route needs a valid
 * access token unless marked @Public().
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof DomainError) throw err;
    if (err || !user) throw new Unauthenticated();
    return user;
  }
}

/** Runs passport-local on `login(input: { email, password })`. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: { body?: unknown } }>().req;
    const input = gql.getArgs<{ input?: { email?: unknown; password?: unknown } }>().input ?? {};
    req.body = { email: input.email, password: input.password };
    return req;
  }

  handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof DomainError) throw err;
    if (err || !user) throw new Unauthenticated('Wrong e-mail or password.');
    return user;
  }
}
