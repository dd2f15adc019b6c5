import {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { Context, FormattedExecutionResult, SubscribePayload } from 'graphql-ws';
import { formatGraphqlError } from '../common/graphql-error.filter';
import { GqlContext } from '../common/request-context';
import { AuthUser } from '../common/auth-user';
import { SessionsService } from './sessions.service';
import { ClosableSocket } from './live-sessions';

/** What a subscription socket keeps after `connection_init`: who opened it, and with which token. */
export interface SocketAuth {
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

/** The limits HTTP requests get from Apollo and graphql-armor (src/security/graphql-limits.ts). */
export interface SocketLimits {
  /** graphql-armor's depth, aliases, cost and directives rules. */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  /** Field suggestions ("Did you mean ...?") hidden, as over HTTP in production. */
  hideSuggestions: boolean;
}

/** An error of graphql-js's parse or validate, with the code Apollo gives it over HTTP. */
function coded(error: GraphQLError, code: string, hideSuggestions = false): GraphQLError {
  // graphql-armor's blockFieldSuggestion does the same to HTTP answers.
  const message = hideSuggestions
    ? error.message.replace(/Did you mean ".+"\?/g, '[Suggestion hidden]').trim()
    : error.message;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/**
 * graphql-ws options for subscriptions on /graphql: a socket whose
 * `connection_init` carries no valid access token is closed (4403), one
 * that has it is closed when the token expires or its session ends. The
 * socket runs subscriptions only, under the same parse and validation limits
 * as HTTP: a query or mutation sent here would otherwise escape
 * graphql-armor and the rate limits, which count HTTP operations.
 */
export function graphqlWsOptions(auth: SessionsService, limits: SocketLimits) {
  const rules = [...specifiedRules, ...limits.validationRules];
  return {
    // Before graphql-ws's own parse, which would close the socket (4500) on a syntax error.
    onSubscribe: (_ctx: unknown, _id: string, payload: SubscribePayload): GraphQLError[] | void => {
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: limits.maxTokens });
      } catch (error) {
        return [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
      }
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) {
        return [
          new GraphQLError('The document must name the operation to run (operationName).', {
            extensions: { code: 'BAD_REQUEST' },
          }),
        ];
      }
      if (operation.operation !== 'subscription') {
        return [
          new GraphQLError(
            'Only subscriptions run over the socket; send queries and mutations over HTTP.',
            { extensions: { code: 'BAD_REQUEST' } },
          ),
        ];
      }
    },
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, rules).map((error) =>
        coded(error, 'GRAPHQL_VALIDATION_FAILED', limits.hideSuggestions),
      ),
    // The errors of an `error` message: those above, or a live event's stream failing.
    onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      errors.map((error) => formatLiveError(error)),
    onConnect: async (ctx: Context<Record<string, unknown> | undefined, unknown>) => {
      const token = tokenOf(ctx.connectionParams);
      const access = token ? await auth.verifyAccessToken(token) : null;
      if (!access || !token) return false;
      // Watched before the user is read: a session that ends while it is read either
      // shows there (refused) or closes the socket (src/sessions/live-sessions.ts). From
      // here on it closes at the token's expiry (4440) or when its session ends (4401).
      const socket = (ctx.extra as { socket?: ClosableSocket }).socket;
      if (socket) auth.watchSocket(socket, access);
      const user = await auth.userForClaims({
        sub: access.userId,
        sv: access.sessionVersion,
        fid: access.familyId ?? undefined,
      });
      if (!user) return false;
      Object.assign(ctx.extra as SocketAuth, { user, token });
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
  // A variable that does not coerce to its type: the client's input (Apollo's rule over HTTP).
  if (!error.path && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) {
    return { ...json, extensions: { ...json.extensions, code: 'BAD_USER_INPUT' } };
  }
  return formatGraphqlError(
    { ...json, extensions: { ...json.extensions, code: 'INTERNAL_SERVER_ERROR', requestId } },
    error,
  );
}
