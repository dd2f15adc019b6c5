import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { GraphQLResolveInfo } from 'graphql';
import { IS_PUBLIC, requestOf } from '../common/decorators';
import { Unauthenticated } from '../common/errors';
import { AppRequest } from '../common/request-context';

/** A query's one check of its token and user, shared by all its root fields. */
const AUTHENTICATION = Symbol('authentication');

const isQuery = (context: ExecutionContext) =>
  context.getType<string>() === 'graphql' &&
  GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === 'query';

/**
 * Deny by default: every GraphQL operation and HTTP route needs a valid
 * access token unless marked @Public().
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    // Nest runs a global guard once per root field, and graphql-js starts a query's root
    // fields together: they share one check, so that a query of six root fields (the
    // dashboard's) verifies its token and loads its user once, not six times. A mutation's
    // root fields run one after another, and one may end the session (changePassword) or
    // change who is signed in (refreshSession): each of those checks afresh.
    if (!isQuery(context)) return super.canActivate(context) as Promise<boolean>;
    const req = requestOf(context) as AppRequest & { [AUTHENTICATION]?: Promise<boolean> };
    return (req[AUTHENTICATION] ??= super.canActivate(context) as Promise<boolean>);
  }

  getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  handleRequest<T>(err: unknown, user: T): T {
    // A bad token comes as no user; an error here is the server's (the database
    // down, say), and must not look like an ended session to the client.
    if (err) throw err;
    if (!user) throw new Unauthenticated();
    return user;
  }
}
