import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { Forbidden } from '../common/errors';
import { formatLiveError } from './graphql-ws';

/** What graphql-js hands graphql-ws for an error thrown by a field resolver of an event. */
const located = (original: Error) =>
  new GraphQLError(original.message, {
    path: ['commentAdded', 'author'],
    originalError: original,
  });

describe('formatLiveError', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('codes what a field resolver of a live event threw, as over HTTP', () => {
    expect(formatLiveError(located(new Forbidden('Not yours.')), 'live-1')).toEqual({
      message: 'Not yours.',
      path: ['commentAdded', 'author'],
      extensions: { code: 'FORBIDDEN' },
    });
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(formatLiveError(located(refused), 'live-2').extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      requestId: 'live-2',
    });
  });

  it('answers a bug without its message, with the request id, and keeps coded errors', () => {
    const bug = formatLiveError(located(new TypeError('secret internals')), 'live-3');
    expect(bug.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'live-3' });
    expect(bug.message).not.toContain('secret');
    const coded = new GraphQLError('Slow down.', { extensions: { code: 'TOO_MANY_REQUESTS' } });
    expect(formatLiveError(coded).extensions).toEqual({ code: 'TOO_MANY_REQUESTS' });
  });
});
