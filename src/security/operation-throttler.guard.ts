import { ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  ThrottlerRequest,
  ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AUTH_OPTIONS, AuthOptions, jwtKey } from '../auth/auth-options';
import { inHowLong, tooManyRequests } from './too-many-requests';

/** Routes (and their sub-routes) that monitoring calls often and that must answer during an incident. */
const UNCOUNTED_PATHS = new Set(['/health', '/metrics']);
const SIGNED_IN = Symbol('signed-in user id');

type CountedRequest = Request & { [SIGNED_IN]?: string | null };

/**
 * @nestjs/throttler, counted per GraphQL operation rather than per HTTP
 * request. Nest runs a global guard once for each root field an operation
 * selects, so each root field counts one, aliases included: `{ a: needs b:
 * needs }` costs two, and batching work into aliases gains nothing. Nested
 * fields are free: their cost is graphql-armor's business.
 *
 * Two counters: `ip` (every caller, by address) and `user` (signed-in
 * callers, by user id, whatever address they come from). The user is read
 * from the access token's verified signature here, not from the JWT guard,
 * so that the count holds whatever order the global guards run in and costs
 * no database query. Subscriptions (over a socket, no HTTP response) are not
 * counted: they are long-lived, and the socket's token is checked at
 * connection_init and for every subscription it starts.
 */
@Injectable()
export class OperationThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(AUTH_OPTIONS) private readonly auth: AuthOptions,
  ) {
    super(options, storage, reflector);
  }

  protected async shouldSkip(context: ExecutionContext): Promise<boolean> {
    const { req, res } = this.getRequestResponse(context);
    if (!req || !res) return true;
    if (context.getType<string>() === 'graphql') return false;
    const top = /^\/[^/]*/.exec(req.path ?? '')?.[0] ?? '';
    return UNCOUNTED_PATHS.has(top);
  }

  protected getRequestResponse(context: ExecutionContext): {
    req: CountedRequest;
    res: Response;
  } {
    if (context.getType<string>() === 'graphql') {
      const req = GqlExecutionContext.create(context).getContext<{ req?: CountedRequest }>().req;
      return { req: req as CountedRequest, res: req?.res as Response };
    }
    const http = context.switchToHttp();
    return { req: http.getRequest<CountedRequest>(), res: http.getResponse<Response>() };
  }

  protected async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name !== 'user') return super.handleRequest(props);
    const { req } = this.getRequestResponse(props.context);
    const userId = this.signedInUser(req);
    if (!userId) return true;
    return super.handleRequest({ ...props, getTracker: () => Promise.resolve(userId) });
  }

  /** One counter per tracker across every operation (not one per resolver, the default). */
  protected generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const message = `Too many requests; try again ${inHowLong(detail.timeToBlockExpire)}.`;
    // The standard header, besides the library's per-counter `Retry-After-ip` / `-user`.
    const { res } = this.getRequestResponse(context);
    if (res && !res.headersSent) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(detail.timeToBlockExpire))));
    }
    if (context.getType<string>() === 'graphql') {
      throw tooManyRequests(message, detail.timeToBlockExpire);
    }
    throw new HttpException(message, HttpStatus.TOO_MANY_REQUESTS);
  }

  /** The user id of a valid access token (signature, issuer, audience, expiry), once per request. */
  private signedInUser(req: CountedRequest): string | null {
    if (req[SIGNED_IN] !== undefined) return req[SIGNED_IN];
    const header = req.headers?.authorization;
    const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    let userId: string | null = null;
    if (token) {
      try {
        const claims = this.jwt.verify<{ sub?: unknown }>(token, {
          secret: jwtKey(this.auth),
          algorithms: ['HS256'],
          issuer: 'd4d-match',
          audience: 'd4d-match',
        });
        userId = typeof claims.sub === 'string' ? claims.sub : null;
      } catch {
        userId = null;
      }
    }
    req[SIGNED_IN] = userId;
    return userId;
  }
}
