import { createTestI18n } from '@/test/i18n';
import { knownServerMessage, localizeServerMessage } from './server-messages';

describe('server messages in the user language', () => {
  const fr = createTestI18n('fr').t;
  const en = createTestI18n('en').t;

  it.each([
    ['title must not be blank', 'Ce champ ne doit pas être vide.'],
    ['title must be at most 200 characters', '200 caractères au plus.'],
    ['each tag must be 1 to 40 characters', 'Chaque mot-clé doit compter de 1 à 40 caractères.'],
    ['domainCodes needs at least 1 code', 'Choisissez-en au moins 1.'],
    ['Unknown country code: ZZ.', 'Choisissez un pays dans la liste.'],
    [
      'password must be 10 to 200 characters long',
      'Le mot de passe doit compter de 10 à 200 caractères.',
    ],
    ['An organisation named X already exists.', 'Cet élément existe déjà.'],
  ])('%s', (message, french) => {
    expect(localizeServerMessage(fr, message)).toBe(french);
  });

  it('gives an unknown message as a generic one in the user’s language, not the server’s English', () => {
    expect(knownServerMessage(en, 'Something new.')).toBeNull();
    expect(localizeServerMessage(fr, 'Something new.')).toBe('Vérifiez cette valeur.');
    expect(localizeServerMessage(en, 'Something new.')).toBe('Check this value.');
  });
});
