import { ArgumentsHost, HttpException, Logger, ServiceUnavailableException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { Forbidden, StaleVersion } from './errors';
import { formatGraphqlError, GraphqlErrorFilter, requestIdOnErrors } from './graphql-error.filter';

/** A GraphQL ArgumentsHost whose context carries a request id. */
function graphqlHost(): ArgumentsHost {
  const args = [undefined, {}, { req: { id: 'request-1' } }, {}];
  return {
    getType: () => 'graphql',
    getArgs: () => args,
    getArgByIndex: (i: number) => args[i],
  } as unknown as ArgumentsHost;
}

const pgFailure = (code: string) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error('failed'), { code }));

describe('GraphqlErrorFilter', () => {
  const filter = new GraphqlErrorFilter();
  beforeAll(() => Logger.overrideLogger(false));

  const codeOf = (exception: unknown) =>
    (filter.catch(exception, graphqlHost()) as GraphQLError).extensions.code;

  it('answers SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR, when no database connection comes in time', () => {
    // What pg-pool throws when every connection stays busy past connectionTimeoutMillis.
    expect(codeOf(new Error('timeout exceeded when trying to connect'))).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(codeOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(codeOf(pgFailure('57P01'))).toBe('SERVICE_UNAVAILABLE');
    expect(codeOf(pgFailure('53300'))).toBe('SERVICE_UNAVAILABLE');
    // Seen in the soak: updateNeed's transaction lost its connection when PostgreSQL stopped.
    expect(codeOf(new QueryRunnerAlreadyReleasedError())).toBe('SERVICE_UNAVAILABLE');
  });

  it('keeps input errors and unknown errors apart', () => {
    expect(codeOf(pgFailure('22001'))).toBe('BAD_USER_INPUT');
    expect(codeOf(pgFailure('23505'))).toBe('CONFLICT');
    // A protocol violation (a statement of more than 65,535 parameters) is no outage.
    expect(codeOf(pgFailure('08P01'))).toBe('INTERNAL_SERVER_ERROR');
    expect(codeOf(pgFailure('08006'))).toBe('SERVICE_UNAVAILABLE');
    const unknown = filter.catch(new TypeError('x is undefined'), graphqlHost()) as GraphQLError;
    expect(unknown.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'request-1' });
    expect(unknown.message).not.toContain('undefined');
  });
});

describe('formatGraphqlError', () => {
  beforeAll(() => Logger.overrideLogger(false));
  const bare = {
    message: 'Unexpected error.',
    path: ['needs'],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
  // What Apollo hands formatError for an error thrown where no Nest filter ran.
  const thrown = (original: Error) =>
    new GraphQLError(original.message, { path: ['needs'], originalError: original });

  it('codes a database outage that reached Apollo without the filter', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const out = formatGraphqlError(bare, thrown(refused));
    expect(out.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(out.path).toEqual(['needs']);
  });

  it("codes a field resolver's domain and HTTP errors as the filter does, with no request id", () => {
    // Field resolvers run without Nest's filter: what they throw arrives here.
    const located = { ...bare, locations: [{ line: 1, column: 3 }] };
    const forbidden = formatGraphqlError(
      located,
      thrown(new Forbidden('Only the person and the working group read an e-mail address.')),
    );
    expect(forbidden).toEqual({
      message: 'Only the person and the working group read an e-mail address.',
      locations: [{ line: 1, column: 3 }],
      path: ['needs'],
      extensions: { code: 'FORBIDDEN' },
    });
    const stale = formatGraphqlError(bare, thrown(new StaleVersion('need', 1, 2)));
    expect(stale.extensions).toEqual({ code: 'CONFLICT', givenVersion: 1, currentVersion: 2 });
    const http = formatGraphqlError(bare, thrown(new HttpException('Nope.', 403)));
    expect(http.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(formatGraphqlError(bare, thrown(pgFailure('23505'))).extensions).toEqual({
      code: 'CONFLICT',
    });
  });

  it('names the request of an error that no filter coded', async () => {
    const error = thrown(new TypeError('secret internals'));
    const listener = await requestIdOnErrors.requestDidStart!({} as never);
    await listener!.didEncounterErrors!({
      contextValue: { req: { id: 'request-9' } },
      errors: [error],
    } as never);
    // Apollo formats it with the extensions it now has.
    const out = formatGraphqlError(
      { ...bare, extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'request-9' });
  });

  it("codes Apollo's own uncoded refusals of a malformed request (HTTP 4xx) as BAD_REQUEST", () => {
    // As Apollo throws them (a persisted-query hash that does not match, say).
    const refusal = new GraphQLError('provided sha does not match query', {
      extensions: { http: { status: 400 } },
    });
    const out = formatGraphqlError(
      { message: refusal.message, extensions: bare.extensions },
      refusal,
    );
    expect(out).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
    // An uncoded error with a 5xx status stays a bug.
    const failing = new GraphQLError('boom', { extensions: { http: { status: 500 } } });
    expect(formatGraphqlError(bare, failing).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('answers a bug without its message, and leaves coded errors as they are', () => {
    const out = formatGraphqlError(bare, thrown(new TypeError('secret internals')));
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toContain('secret');
    const forbidden = { message: 'No.', extensions: { code: 'FORBIDDEN' } };
    expect(formatGraphqlError(forbidden, new Error('x'))).toBe(forbidden);
  });
});

describe('GraphqlErrorFilter over HTTP', () => {
  beforeAll(() => Logger.overrideLogger(false));
  const answer = (exception: unknown) => {
    const sent: { status?: number; body?: unknown } = {};
    const res = {
      status: (n: number) => ((sent.status = n), { json: (b: unknown) => (sent.body = b) }),
    };
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({ id: 'request-2' }) }),
    } as unknown as ArgumentsHost;
    new GraphqlErrorFilter().catch(exception, host);
    return sent;
  };

  it("keeps a route's own answer, /health's details say, and adds the code", () => {
    const details = { status: 'error', error: { database: { status: 'down' } } };
    expect(answer(new ServiceUnavailableException(details))).toEqual({
      status: 503,
      body: { code: 'SERVICE_UNAVAILABLE', ...details },
    });
    expect(answer(new HttpException('Too many requests; try again in 5 seconds.', 429))).toEqual({
      status: 429,
      body: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests; try again in 5 seconds.' },
    });
  });

  it('answers the database away with 503 and a bug with 500, both with the request id', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(answer(refused)).toMatchObject({
      status: 503,
      body: { code: 'SERVICE_UNAVAILABLE', requestId: 'request-2' },
    });
    const bug = answer(new TypeError('secret internals'));
    expect(bug).toMatchObject({ status: 500, body: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(bug.body)).not.toContain('secret');
  });
});
