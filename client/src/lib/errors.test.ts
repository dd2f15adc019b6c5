import { CombinedGraphQLErrors } from '@apollo/client';
import { fieldErrors, formField, isNotFound, versionConflict } from './errors';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('server errors', () => {
  it('reads every field of a validation failure (extensions.fields)', () => {
    const error = graphQLError('title must not be blank; each tag must be 1 to 40 characters', {
      code: 'BAD_USER_INPUT',
      field: 'title',
      fields: {
        title: ['title must not be blank'],
        'input.tags.0': ['each tag must be 1 to 40 characters'],
      },
    });
    expect(fieldErrors(error)).toEqual({
      title: ['title must not be blank'],
      tags: ['each tag must be 1 to 40 characters'],
    });
  });

  it('reads a service check naming one field (extensions.field and the message)', () => {
    const error = graphQLError('Unknown country code: ZZ.', {
      code: 'BAD_USER_INPUT',
      field: 'countryCode',
    });
    expect(fieldErrors(error)).toEqual({ countryCode: ['Unknown country code: ZZ.'] });
  });

  it('reads a taken name (CONFLICT on a field), not a version conflict', () => {
    const taken = graphQLError('A ministry with the acronym MAEE already exists.', {
      code: 'CONFLICT',
      field: 'acronym',
    });
    expect(fieldErrors(taken)).toEqual({
      acronym: ['A ministry with the acronym MAEE already exists.'],
    });
    expect(versionConflict(taken)).toBeNull();
  });

  it('recognises a version conflict and the version now saved', () => {
    const error = graphQLError('This need changed since you opened it', {
      code: 'CONFLICT',
      givenVersion: 3,
      currentVersion: 5,
    });
    expect(versionConflict(error)).toEqual({ currentVersion: 5 });
    expect(fieldErrors(error)).toEqual({});
  });

  it('treats a hidden record and a malformed id as "not found"', () => {
    expect(isNotFound(graphQLError('Need x was not found.', { code: 'NOT_FOUND' }))).toBe(true);
    expect(
      isNotFound(graphQLError('id must be a UUID.', { code: 'BAD_USER_INPUT', field: 'id' })),
    ).toBe(true);
    expect(isNotFound(graphQLError('nope', { code: 'FORBIDDEN' }))).toBe(false);
    expect(isNotFound(new Error('offline'))).toBe(false);
  });

  it('maps field paths to form fields', () => {
    expect(formField('input.countryCodesDeployed.3')).toBe('countryCodesDeployed');
    expect(formField('title')).toBe('title');
  });
});
