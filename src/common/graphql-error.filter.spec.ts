import { ArgumentsHost, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { GraphqlErrorFilter } from './graphql-error.filter';

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
  });

  it('keeps input errors and unknown errors apart', () => {
    expect(codeOf(pgFailure('22001'))).toBe('BAD_USER_INPUT');
    expect(codeOf(pgFailure('23505'))).toBe('CONFLICT');
    const unknown = filter.catch(new TypeError('x is undefined'), graphqlHost()) as GraphQLError;
    expect(unknown.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'request-1' });
    expect(unknown.message).not.toContain('undefined');
  });
});
