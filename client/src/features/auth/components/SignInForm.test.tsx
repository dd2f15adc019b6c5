import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client';
import { renderWithProviders } from '@/test/render';
import { SignInForm } from './SignInForm';

const refused = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'English text', extensions: { code, ...extensions } }],
  });

async function signInFailing(error: unknown) {
  const user = userEvent.setup();
  renderWithProviders(<SignInForm onSignIn={() => Promise.reject(error)} />, {
    language: 'fr',
    viewer: null,
  });
  await user.type(screen.getByRole('textbox', { name: /Adresse e-mail/ }), 'a@example.lu');
  await user.type(screen.getByLabelText(/Mot de passe/), 'secret-secret');
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
  return screen.findByRole('alert');
}

describe('the sign-in form', () => {
  it.each([
    [refused('UNAUTHENTICATED'), 'Adresse e-mail ou mot de passe incorrect.'],
    [new TypeError('Failed to fetch'), 'Le serveur est injoignable.'],
    [refused('SERVICE_UNAVAILABLE'), 'Le service est surchargé.'],
    [refused('INTERNAL_SERVER_ERROR'), 'Le serveur n’a pas pu traiter cette demande.'],
    [refused('TOO_MANY_REQUESTS', { retryAfterSeconds: 900 }), 'Réessayez dans 15 minutes.'],
  ])('tells an unreachable server from one that answered (%#)', async (error, said) => {
    const alert = await signInFailing(error);
    expect(alert).toHaveTextContent(said);
    expect(alert).not.toHaveTextContent('English text');
  });
});
