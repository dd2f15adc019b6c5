import { randomUUID } from 'node:crypto';
import { ExecutionArgs, ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { Context, FormattedExecutionResult } from 'graphql-ws';
import { formatGraphqlError } from '../common/graphql-error.filter';
import { LoadersFactory } from '../common/loaders';
import { AppRequest, GqlContext } from '../common/request-context';
import { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { ClosableSocket } from './live-sessions';

/** What a subscription socket keeps after `connection_init`: who opened it, and with which token. */
interface SocketAuth {
  user?: AuthUser;
  token?: string;
}

/** The token of `connection_init`: `{ authorization: 'Bearer ...' }` or `{ accessToken }`. */
export function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const bearer = params?.authorization ?? params?.Authorization;
  if (typeof bearer === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(bearer.trim());
    return match ? match[1] : null;
  }
  return typeof params?.accessToken === 'string' && params.accessToken ? params.accessToken : null;
}

/**
 * graphql-ws options for subscriptions on /graphql: a socket whose
 * `connection_init` carries no valid access token is closed (4403).
 */
export function graphqlWsOptions(auth: AuthService) {
  return {
    onConnect: async (ctx: Context<Record<string, unknown> | undefined, unknown>) => {
      const token = tokenOf(ctx.connectionParams);
      const user = token ? await auth.userFromAccessToken(token) : null;
      if (!user || !token) return false;
      Object.assign(ctx.extra as SocketAuth, { user, token });
      // Closed by a password change (src/auth/live-sessions.ts).
      const socket = (ctx.extra as { socket?: ClosableSocket }).socket;
      if (socket) auth.watchSocket(user.id, socket);
      return true;
    },
    onNext: (
      _ctx: unknown,
      _id: string,
      _payload: unknown,
      args: ExecutionArgs,
      result: ExecutionResult,
    ): FormattedExecutionResult | undefined =>
      result.errors?.length
        ? {
            ...result,
            errors: result.errors.map((error) =>
              formatLiveError(error, (args.contextValue as GqlContext | undefined)?.req?.id),
            ),
          }
        : undefined,
  };
}

/**
 * An error of a live event, as Apollo would answer it over HTTP: graphql-ws
 * does not call Apollo's formatError, and field resolvers run without Nest's
 * filter, so without this a FORBIDDEN field would come without its code and a
 * database outage with the driver's own message.
 */
export function formatLiveError(error: GraphQLError, requestId?: string): GraphQLFormattedError {
  const json = error.toJSON();
  if (error.extensions?.code) return json;
  return formatGraphqlError(
    { ...json, extensions: { ...json.extensions, code: 'INTERNAL_SERVER_ERROR', requestId } },
    error,
  );
}

/**
 * The GraphQL context of an operation: over HTTP, Express's request; over a
 * socket, a request of our own that carries the socket's token, so that the
 * global guard checks every subscription as it checks any other operation.
 */
export function graphqlContext(
  arg: { req?: AppRequest } | Context<Record<string, unknown> | undefined, SocketAuth>,
  loaders: LoadersFactory,
): GqlContext {
  let req: AppRequest;
  if ('req' in arg && arg.req) {
    req = arg.req;
  } else {
    const extra = (arg as Context<Record<string, unknown> | undefined, SocketAuth>).extra;
    req = {
      id: randomUUID(),
      user: extra?.user,
      headers: extra?.token ? { authorization: `Bearer ${extra.token}` } : {},
    } as unknown as AppRequest;
  }
  return { req, loaders: loaders.forRequest(req) };
}
