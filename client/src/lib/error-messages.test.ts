import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { createTestI18n } from '@/test/i18n';
import { errorMessage, isNetworkFailure, retryDelay } from './error-messages';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

const NEED = '0b7d2a3e-1c4f-4a9b-8e2d-5f6a7b8c9d01';

describe('errorMessage: a failed request in the user’s language, chosen by its code', () => {
  const fr = createTestI18n('fr').t;
  const en = createTestI18n('en').t;

  it.each([
    [
      'TOO_MANY_REQUESTS',
      'Too many requests; try again in 40 seconds.',
      { retryAfterSeconds: 40 },
      'Trop de demandes. Réessayez dans 40 secondes.',
    ],
    [
      'TOO_MANY_REQUESTS',
      'Too many sign-in attempts; try again in 15 minutes.',
      { retryAfterSeconds: 900 },
      'Trop de demandes. Réessayez dans 15 minutes.',
    ],
    [
      'TOO_MANY_REQUESTS',
      'Too many requests.',
      {},
      'Trop de demandes. Patientez un instant puis réessayez.',
    ],
    [
      'SERVICE_UNAVAILABLE',
      'The service is busy or its database is away; try again shortly.',
      {},
      'Le service est surchargé. Réessayez dans un instant.',
    ],
    [
      'INTERNAL_SERVER_ERROR',
      'Something went wrong on our side. It has been logged.',
      {},
      'Le serveur n’a pas pu traiter cette demande. Réessayez dans un instant.',
    ],
    [
      'BAD_REQUEST',
      'The request body could not be read.',
      {},
      'Le serveur n’a pas pu traiter cette demande. Réessayez dans un instant.',
    ],
    [
      'FORBIDDEN',
      'You can edit only the needs of your own ministry.',
      {},
      'Vous n’avez pas le droit de faire cela.',
    ],
    [
      'NOT_FOUND',
      `Need ${NEED} was not found.`,
      {},
      'Cet élément n’existe plus, ou vous n’y avez plus accès.',
    ],
    [
      'CONFLICT',
      'Someone else changed this at the same moment; try again.',
      {},
      'Quelqu’un d’autre a modifié cet élément au même moment. Rechargez, puis réessayez.',
    ],
  ])('%s (%s) reads in French', (code, message, extensions, french) => {
    expect(errorMessage(graphQLError(message, { code, ...extensions }), fr)).toBe(french);
  });

  it('names the status a match was decided in by someone else first', () => {
    const error = graphQLError('This match has already been decided: it is ACCEPTED.', {
      code: 'CONFLICT',
      currentStatus: 'ACCEPTED',
    });
    expect(errorMessage(error, fr)).toBe('Cette mise en relation a déjà été décidée : Acceptée.');
    expect(errorMessage(error, en)).toBe('This match has already been decided: Accepted.');
  });

  it('names the status of a match that no longer allows the action', () => {
    const error = graphQLError('You cannot review a match that is WITHDRAWN.', {
      code: 'BAD_USER_INPUT',
      currentStatus: 'WITHDRAWN',
    });
    expect(errorMessage(error, fr)).toBe(
      'Ce n’est plus possible : la mise en relation est désormais « Retirée ».',
    );
  });

  it('never shows the server’s own sentence for refused input', () => {
    expect(errorMessage(graphQLError('Something brand new.', { code: 'BAD_USER_INPUT' }), fr)).toBe(
      'Le serveur a refusé ces valeurs. Vérifiez-les puis réessayez.',
    );
    expect(
      errorMessage(
        graphQLError('A ministry with the acronym MAEE already exists.', {
          code: 'CONFLICT',
          field: 'acronym',
        }),
        fr,
      ),
    ).toBe('Cet élément existe déjà.');
  });

  it('uses the caller’s words for a CONFLICT without details', () => {
    const error = graphQLError('This solution is already proposed for this need.', {
      code: 'CONFLICT',
    });
    expect(errorMessage(error, en, { conflict: 'Already proposed.' })).toBe('Already proposed.');
  });

  it('tells an unreachable server from one that answered busy over HTTP', () => {
    const offline = new TypeError('Failed to fetch');
    expect(isNetworkFailure(offline)).toBe(true);
    expect(errorMessage(offline, en)).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
    const busy = new ServerError('Response not successful: Received status code 503', {
      response: new Response('', { status: 503 }),
      bodyText: '<html>Service Unavailable</html>',
    });
    expect(isNetworkFailure(busy)).toBe(false);
    expect(errorMessage(busy, en)).toBe('The service is busy. Try again in a moment.');
  });

  it('counts the delay as the server does: seconds below 90, then minutes', () => {
    expect(retryDelay(en, 1)).toBe('in 1 second');
    expect(retryDelay(fr, 89)).toBe('dans 89 secondes');
    expect(retryDelay(en, 90)).toBe('in 2 minutes');
  });
});
