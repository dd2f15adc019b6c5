import { LoggerService, LogLevel } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { pino } from 'pino';
import type { DestinationStream, Level } from 'pino';

/** Nest's levels, as LOG_LEVEL names them, mapped to pino's. */
const PINO_LEVEL: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Keys whose values never reach a log, wherever they sit in GraphQL variables. */
const SECRET_KEY = /pass(word)?|token|secret|authori[sz]ation|cookie|credential|api[-_]?key/i;
export const REDACTED = '[redacted]';
const MAX_DEPTH = 6;
const MAX_STRING = 200;

/** A copy of GraphQL variables with secret values replaced and long strings cut. */
export function redactVariables(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return '[…]';
  if (typeof value === 'string')
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => redactVariables(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_KEY.test(k) ? REDACTED : redactVariables(v, depth + 1),
      ]),
    );
  }
  return value;
}

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The request id, shared with src/common/request-id.middleware.ts whichever
 * middleware runs first: the caller's sane X-Request-Id, else a new UUID,
 * written back into the header so that the other middleware takes the same.
 */
function requestIdOf(req: IncomingMessage): string {
  if (req.id) return String(req.id);
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}

/** Where MetricsPlugin leaves the operation name Apollo resolved, for the log line. */
export const OPERATION_NAME = Symbol('graphqlOperationName');
export interface OperationNamed {
  [OPERATION_NAME]?: string | null;
}

/** The request's GraphQL summary, taken on arrival: the login guard later replaces req.body. */
const ARRIVED = Symbol('graphqlOnArrival');

interface GraphqlBody {
  operationName?: unknown;
  variables?: unknown;
}

type LoggedRequest = IncomingMessage &
  OperationNamed & {
    body?: unknown;
    originalUrl?: string;
    [ARRIVED]?: { operationName?: string; variables?: unknown };
  };

/**
 * Kept on arrival from a GraphQL request's body: the operation name, and at
 * debug level the variables with secrets redacted. Never the query text,
 * which may hold literals (a password written inline); variables stay out of
 * info logs because they carry the partner countries' confidential texts.
 */
function noteArrival(req: LoggedRequest, debug: boolean): void {
  const body = req.body as GraphqlBody | undefined;
  if (
    !body ||
    typeof body !== 'object' ||
    !(req.originalUrl ?? req.url ?? '').startsWith('/graphql')
  )
    return;
  req[ARRIVED] = {
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    ...(debug && body.variables !== undefined && { variables: redactVariables(body.variables) }),
  };
}

/** The `graphql` field of a request's completion line, with the name Apollo resolved if any. */
function graphqlSummary(req: LoggedRequest) {
  const arrived = req[ARRIVED];
  if (!arrived) return {};
  const name = (req[OPERATION_NAME] ?? arrived.operationName)?.slice(0, 100);
  return { graphql: { ...arrived, operationName: name ?? null } };
}

/** nestjs-pino's parameters: JSON lines, one per request, with the request id and no secrets. */
export function loggerParams(level: LogLevel, stream?: DestinationStream): Params {
  const pinoLevel = PINO_LEVEL[level] ?? 'info';
  const debug = pinoLevel === 'debug' || pinoLevel === 'trace';
  const options: NonNullable<Exclude<Params['pinoHttp'], DestinationStream | unknown[]>> = {
    level: pinoLevel,
    messageKey: 'msg',
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    customProps: (req: IncomingMessage) => {
      // Called on arrival (and again at completion, when the summary is already kept).
      if (!(req as LoggedRequest)[ARRIVED]) noteArrival(req, debug);
      return { requestId: req.id };
    },
    // On the completion line only: the operation is known once Apollo has parsed the document.
    customSuccessObject: (req: IncomingMessage, _res: ServerResponse, value: object) => ({
      ...value,
      ...graphqlSummary(req),
    }),
    customErrorObject: (
      req: IncomingMessage,
      _res: ServerResponse,
      _err: Error,
      value: object,
    ) => ({
      ...value,
      ...graphqlSummary(req),
    }),
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : 'info',
    // Scrapes and liveness probes every few seconds would drown the rest.
    autoLogging: {
      ignore: (req: IncomingMessage) => /^\/(metrics|health\/live)(\/|\?|$)/.test(req.url ?? ''),
    },
    serializers: {
      // A short request: no headers (Authorization, Cookie), no query string (GET variables).
      req: (req: { id?: string; method?: string; url?: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        path: (req.url ?? '').split('?')[0],
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // Belt and braces, should a header ever be logged through another path.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.accessToken',
        '*.refreshToken',
      ],
      censor: REDACTED,
    },
  };
  return {
    // Asynchronous writes to stdout: a busy server coalesces its lines instead of
    // blocking on one write per request (pino flushes what is left at exit).
    pinoHttp: [options, stream ?? pino.destination({ dest: 1, sync: false })],
    renameContext: 'context',
  };
}

/**
 * The start-up's logger until the application's takes over (main.ts:
 * migrations, the embedded PostgreSQL): the same JSON lines, without a
 * request.
 */
export function startupLogger(level: LogLevel): LoggerService {
  const log = pino({ level: PINO_LEVEL[level] ?? 'info', messageKey: 'msg' });
  const at =
    (lvl: Level) =>
    (message: unknown, ...rest: unknown[]) => {
      const context = typeof rest[rest.length - 1] === 'string' ? rest[rest.length - 1] : undefined;
      log[lvl]({ context }, String(message));
    };
  return {
    log: at('info'),
    error: at('error'),
    warn: at('warn'),
    debug: at('debug'),
    verbose: at('trace'),
    fatal: at('fatal'),
  };
}
