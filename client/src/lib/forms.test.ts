import { CombinedGraphQLErrors } from '@apollo/client';
import { createTestI18n } from '@/test/i18n';
import { serverErrors } from './forms';

const combined = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('serverErrors: a failed save sorted onto the form, in the user’s language', () => {
  const fr = createTestI18n('fr').t;

  it.each([
    ['TOO_MANY_REQUESTS', 'Too many requests; try again in 40 seconds.'],
    ['SERVICE_UNAVAILABLE', 'The service is busy or its database is away; try again shortly.'],
    ['INTERNAL_SERVER_ERROR', 'Something went wrong on our side. It has been logged.'],
    ['FORBIDDEN', 'You can edit only the needs of your own ministry.'],
    ['NOT_FOUND', 'Need 0b7d2a3e-1c4f-4a9b-8e2d-5f6a7b8c9d01 was not found.'],
    ['CONFLICT', 'Someone else changed this at the same moment; try again.'],
    ['BAD_REQUEST', 'The request body could not be read.'],
  ])('%s: the general message is French, not the server’s English', (code, message) => {
    const { byField, general } = serverErrors(combined(message, { code }), fr, ['title']);
    expect(byField).toEqual({});
    expect(general).toHaveLength(1);
    expect(general[0]).not.toBe(message);
    expect(general[0]).toMatch(/[éèàêù’]|Trop de demandes/);
  });

  it('puts a known field sentence at its field, translated', () => {
    const error = combined('title must not be blank', {
      code: 'BAD_USER_INPUT',
      fields: { title: ['title must not be blank'] },
    });
    expect(serverErrors(error, fr, ['title'])).toEqual({
      byField: { title: 'Ce champ ne doit pas être vide.' },
      general: [],
    });
  });

  it('gives an unknown sentence about a field off the form as the refusal it is, not "check this value"', () => {
    const error = combined('ministryId is not yours', {
      code: 'BAD_USER_INPUT',
      field: 'ministryId',
    });
    expect(serverErrors(error, fr, ['title'])).toEqual({
      byField: {},
      general: ['Le serveur a refusé ces valeurs. Vérifiez-les puis réessayez.'],
    });
  });

  it('translates a known sentence about a field that is not on the form, above the buttons', () => {
    const error = combined('A decision needs at least one review first.', {
      code: 'BAD_USER_INPUT',
      field: 'matchId',
    });
    expect(serverErrors(error, fr, ['note']).general).toEqual([
      'Une décision demande d’abord au moins une évaluation.',
    ]);
  });
});
