import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './errors';

const HTTP_STATUS: Record<DomainError['code'], number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** The code of an HTTP refusal that is not a domain error (a route's guard, the throttler). */
const HTTP_CODE: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

interface ValidationResponse {
  message?: string | string[];
  fields?: Record<string, string[]>;
}

/**
 * Errors of root fields and HTTP routes: GraphQL ones through toGraphqlError
 * below; an HTTP route's as a JSON body with the code and status.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') {
      return this.catchHttp(exception, host);
    }
    const requestId = GqlArgumentsHost.create(host).getContext<{ req?: { id?: string } }>()?.req
      ?.id;
    return toGraphqlError(exception, this.logger, requestId);
  }

  private catchHttp(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<{
      status: (n: number) => { json: (b: unknown) => void };
      headersSent?: boolean;
    }>();
    if (res.headersSent) return;
    if (exception instanceof DomainError) {
      res
        .status(HTTP_STATUS[exception.code])
        .json({ code: exception.code, message: exception.message });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = HTTP_CODE[status] ?? 'BAD_REQUEST';
      // An object body is the route's own answer (/health's details, say): kept, with the code.
      const body = exception.getResponse();
      res
        .status(status)
        .json(typeof body === 'object' ? { code, ...body } : { code, message: exception.message });
      return;
    }
    const requestId = host.switchToHttp().getRequest<{ id?: string }>()?.id;
    const coded = unexpected(this.logger, exception, requestId);
    const code = coded.extensions.code;
    res
      .status(code === 'SERVICE_UNAVAILABLE' ? 503 : 500)
      .json({ code, message: coded.message, requestId });
  }
}

/**
 * Any exception as the GraphQL error the client gets: the one mapping, for
 * the filter (root fields) and for formatGraphqlError (field resolvers, which
 * Nest calls without its enhancers). Domain errors keep their code and
 * message; validation failures become BAD_USER_INPUT naming the fields;
 * passport's 401 becomes UNAUTHENTICATED; constraint violations get their
 * code; anything else is logged with the request id and answered without
 * internals.
 */
export function toGraphqlError(
  exception: unknown,
  logger: Logger,
  requestId?: string,
): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof DomainError) {
    return new GraphQLError(exception.message, {
      extensions: { code: exception.code, ...exception.details },
    });
  }
  if (exception instanceof HttpException) return fromHttp(exception);
  return pgError(exception) ?? unexpected(logger, exception, requestId);
}

function fromHttp(exception: HttpException): GraphQLError {
  const status = exception.getStatus();
  if (status === 401) {
    return new GraphQLError('You need to sign in.', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (status === 403) {
    return new GraphQLError(exception.message, { extensions: { code: 'FORBIDDEN' } });
  }
  if (status === 404) {
    return new GraphQLError(exception.message, { extensions: { code: 'NOT_FOUND' } });
  }
  if (status === 429) {
    return new GraphQLError(exception.message, { extensions: { code: 'TOO_MANY_REQUESTS' } });
  }
  const body = exception.getResponse() as ValidationResponse | string;
  const messages =
    typeof body === 'string'
      ? [body]
      : Array.isArray(body.message)
        ? body.message
        : [body.message ?? exception.message];
  const fields = typeof body === 'object' ? body.fields : undefined;
  return new GraphQLError(messages.join('; '), {
    extensions: {
      code: 'BAD_USER_INPUT',
      ...(fields ? { fields, field: Object.keys(fields)[0] } : {}),
    },
  });
}

/** An error that is not a domain one: the database away (retryable) or a bug (logged, no internals). */
function unexpected(logger: Logger, exception: unknown, requestId?: string): GraphQLError {
  if (databaseUnavailable(exception)) {
    logger.warn({ requestId, error: String((exception as Error).message) });
    return new GraphQLError('The service is busy or its database is away; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
    });
  }
  logger.error({
    requestId,
    error: exception instanceof Error ? exception.stack : String(exception),
  });
  return new GraphQLError('Something went wrong on our side. It has been logged.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

const formatLogger = new Logger('Errors');

/**
 * Apollo's formatError, the last word on every error. Errors of root fields
 * reach the filter above and arrive here already coded. Those thrown where
 * no Nest filter runs (field resolvers, Apollo's own steps, a plugin, a
 * DataLoader rejection seen by graphql-js) arrive as Apollo's bare
 * INTERNAL_SERVER_ERROR: toGraphqlError codes them here the same way, so
 * that a domain error keeps its code and a database outage is
 * SERVICE_UNAVAILABLE wherever it surfaces, and no bug leaves unlogged.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code) return formatted;
  // Apollo's own refusals of a malformed request (a persisted-query extension, say) come
  // uncoded, with an HTTP status below 500: the client's doing, not a bug.
  const http = original instanceof GraphQLError ? original.extensions?.http : undefined;
  const status = (http as { status?: unknown } | undefined)?.status;
  if (original instanceof GraphQLError && typeof status === 'number' && status < 500) {
    return {
      message: original.message,
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  const requestId = formatted.extensions?.requestId;
  const id = typeof requestId === 'string' ? requestId : undefined;
  // A GraphQLError without a code is not one of ours: a bug, logged as such.
  const coded =
    original instanceof GraphQLError
      ? unexpected(formatLogger, original, id)
      : toGraphqlError(original, formatLogger, id);
  return {
    message: coded.message,
    ...(formatted.locations && { locations: formatted.locations }),
    path: formatted.path,
    extensions: coded.extensions,
  };
}

/**
 * Puts the request's id on the errors that no Nest filter coded, before
 * formatGraphqlError (which sees no context) logs and answers them, so that
 * the caller's report and the log line name the same request.
 */
export const requestIdOnErrors: ApolloServerPlugin<{ req?: { id?: string } }> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        const id = contextValue.req?.id;
        if (!id) return;
        for (const error of errors) {
          const extensions = error.extensions as Record<string, unknown>;
          if (!extensions.code && Object.isExtensible(extensions)) extensions.requestId = id;
        }
      },
    };
  },
};

/**
 * Constraint violations that slip past the services' checks (a race between
 * two creations, say) are still the client's doing: answer them with a code.
 */
function pgError(exception: unknown): GraphQLError | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const code = (exception.driverError as { code?: string } | undefined)?.code;
  // Data exceptions (a value PostgreSQL cannot take) and broken references are the input's fault.
  if (code?.startsWith('22') || code === '23503' || code === '23502' || code === '23514') {
    return new GraphQLError('A value in the request cannot be stored or compared.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (code === '23505') {
    return new GraphQLError('That already exists.', { extensions: { code: 'CONFLICT' } });
  }
  if (code === '40001' || code === '40P01') {
    return new GraphQLError('Someone else changed this at the same moment; try again.', {
      extensions: { code: 'CONFLICT' },
    });
  }
  return undefined;
}

/**
 * The database could not be reached in time: the pool had no free connection
 * within its timeout (many requests queued on row locks, say) or PostgreSQL
 * refused or dropped the connection. Not a bug, and not the client's input:
 * a coded, retryable answer rather than INTERNAL_SERVER_ERROR.
 */
function databaseUnavailable(exception: unknown): boolean {
  if (!(exception instanceof Error)) return false;
  const driver = (exception as QueryFailedError).driverError as { code?: string } | undefined;
  const code = driver?.code ?? (exception as { code?: string }).code;
  return (
    /timeout exceeded when trying to connect|Connection terminated/.test(exception.message) ||
    // A transaction whose connection died under it (PostgreSQL restarted mid-request):
    // TypeORM has released its query runner, and the transaction's next statement says so.
    exception.name === 'QueryRunnerAlreadyReleasedError' ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === '53300' || // too_many_connections
    // Connection exceptions, but for 08P01 (protocol violation): a statement PostgreSQL
    // cannot take (more than 65,535 parameters, say) is a bug of ours, not an outage.
    (code?.startsWith('08') === true && code !== '08P01') ||
    code?.startsWith('57P') === true // the server is shutting down or starting
  );
}
