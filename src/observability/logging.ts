import { LoggerService, LogLevel } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { pino } from 'pino';
import type { DestinationStream, Level, Logger } from 'pino';
import { isColorSupported, prettyFactory } from 'pino-pretty';
import { HttpLogger, Options as HttpOptions, pinoHttp } from 'pino-http';
import { requestIdOf } from '../common/request-id.middleware';

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

/**
 * The request logger (pino-http): JSON lines, one per completed request, with
 * the request id and no secrets. Its `logger` is the application's pino
 * logger, which AppLogger writes through.
 */
export function requestLogger(level: LogLevel, stream?: DestinationStream): HttpLogger {
  const pinoLevel = PINO_LEVEL[level] ?? 'info';
  const debug = pinoLevel === 'debug' || pinoLevel === 'trace';
  const options: HttpOptions = {
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
    // Scrapes and liveness probes every few seconds would drown the rest. The path is
    // originalUrl: Nest mounts the middleware under a route, where req.url is '/'.
    autoLogging: {
      ignore: (req: LoggedRequest) =>
        /^\/(metrics|health\/live)(\/|\?|$)/.test(req.originalUrl ?? req.url ?? ''),
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
  // Asynchronous writes to stdout: a busy server coalesces its lines instead of
  // blocking on one write per request (pino flushes what is left at exit).
  return pinoHttp(options, stream ?? pino.destination({ dest: 1, sync: false }));
}

/**
 * Nest's logger interface over a pino logger, with Nest's calling conventions:
 * the context comes last, an object is merged into the line, an Error is
 * logged as `err`, and Nest's exception handlers' (message, stack) pair is
 * turned back into an error. Log lines of code running for a request carry
 * no request id: the request's completion line and the error lines name it,
 * which keeps per-request context (AsyncLocalStorage, whose promise hooks
 * cost a third of a large page's CPU on Node 20) off the hot path.
 */
/**
 * Nest's start-up chatter: a line per module initialised, per controller and
 * per route mapped, "Starting Nest application...". Written at debug level
 * (LOG_LEVEL=debug shows them); main.ts prints a short summary instead.
 */
const START_UP_CHATTER = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);
const isChatter = (context: unknown, message: unknown) =>
  typeof context === 'string' &&
  (START_UP_CHATTER.has(context) ||
    (context === 'GraphQLModule' && /^Mapped \{/.test(String(message))));

export class AppLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (level === 'info' && isChatter(rest[rest.length - 1], message)) level = 'debug';
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    let params = rest;
    // error(message, stack) from a logger without a context: the one extra argument is the stack.
    const stackOnly = level === 'error' && rest.length === 1 && /\n\s+at /.test(String(rest[0]));
    if (rest.length > 0 && !stackOnly) {
      fields.context = rest[rest.length - 1];
      params = rest.slice(0, -1);
    }
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, ...(params as []));
    } else if (message !== null && typeof message === 'object') {
      this.pino[level]({ ...fields, ...message }, ...(params as []));
    } else if (level === 'error' && params.length === 1 && typeof params[0] === 'string') {
      // Nest's exception handlers call error(message, stack, context).
      const err = new Error(String(message));
      err.stack = params[0];
      this.pino[level]({ ...fields, err });
    } else {
      this.pino[level](fields, String(message), ...(params as []));
    }
  }
}

/**
 * The start-up's logger until the application's takes over (main.ts:
 * migrations, the embedded PostgreSQL): the same lines, without a request,
 * to the same destination.
 */
export function startupLogger(level: LogLevel, stream?: DestinationStream): LoggerService {
  const options = { level: PINO_LEVEL[level] ?? 'info', messageKey: 'msg' };
  return new AppLogger(stream ? pino(options, stream) : pino(options));
}

/**
 * LOG_FORMAT: `json` (one object per line, for log collectors, Docker and the
 * tests), `pretty` (readable lines), or `auto`: pretty when standard output is
 * a terminal, JSON otherwise.
 */
export type LogFormat = 'auto' | 'json' | 'pretty';
export function resolveLogFormat(
  setting: LogFormat,
  isTTY = Boolean(process.stdout.isTTY),
): 'json' | 'pretty' {
  if (setting === 'auto') return isTTY ? 'pretty' : 'json';
  return setting;
}

interface PrettyLine {
  msg?: unknown;
  level?: unknown;
  context?: unknown;
  requestId?: unknown;
  req?: { method?: string; path?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  graphql?: { operationName?: string | null };
}

/**
 * A line as a person reads it in a terminal: `[context] message`, and for a
 * request `POST /graphql 200 12 ms NeedsPage`; the request id on warnings and
 * errors, where it helps to find the request.
 */
export function prettyMessage(log: PrettyLine): string {
  const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
  let text = `${context}${String(log.msg ?? '')}`;
  if (log.req && log.res) {
    const operation = log.graphql?.operationName ? ` ${log.graphql.operationName}` : '';
    const time = typeof log.responseTime === 'number' ? ` ${Math.round(log.responseTime)} ms` : '';
    text = `${log.req.method} ${log.req.path} ${log.res.statusCode ?? '-'}${time}${operation}`;
  }
  const warning = typeof log.level === 'number' && log.level >= 40;
  return warning && log.requestId ? `${text} (request ${String(log.requestId)})` : text;
}

/**
 * A destination that turns pino's JSON lines into readable ones (pino-pretty),
 * written synchronously: the lines and the start-up summary come in order.
 */
export function prettyDestination(
  out: { write(text: string): unknown } = process.stdout,
): DestinationStream {
  const prettify = prettyFactory({
    colorize: isColorSupported,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,requestId,req,res,responseTime,graphql',
    singleLine: true,
    messageFormat: (log) => prettyMessage(log as PrettyLine),
  });
  return { write: (line: string) => void out.write(prettify(line)) };
}
