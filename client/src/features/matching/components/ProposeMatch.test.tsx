import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ProposeMatchDocument } from '@/generated/lazy';
import { renderWithProviders } from '@/test/render';
import { ProposeMatch } from './ProposeMatch';

const NEED = '0b7d2a3e-1c4f-4a9b-8e2d-5f6a7b8c9d01';
const SOLUTION = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

const refusal = (message: string, extensions: Record<string, unknown>) => ({
  request: { query: ProposeMatchDocument, variables: () => true },
  result: { errors: [new GraphQLError(message, { extensions })] },
});

async function propose() {
  const user = userEvent.setup();
  await user.click(
    screen.getByRole('button', { name: 'Proposer cette mise en relation : Solution X' }),
  );
  await user.click(screen.getByRole('button', { name: 'Envoyer la proposition' }));
  return screen.findByRole('alert');
}

describe('proposing a match', () => {
  it('says in French that the pair is already under way, not the server’s English', async () => {
    renderWithProviders(<ProposeMatch needId={NEED} solutionId={SOLUTION} subject="Solution X" />, {
      language: 'fr',
      mocks: [
        refusal(
          'This solution is already proposed for this need (a match is under way or accepted).',
          { code: 'CONFLICT' },
        ),
      ],
    });
    const alert = await propose();
    expect(alert).toHaveTextContent(/^L’enregistrement a échoué/);
    expect(alert).toHaveTextContent('Cette solution est déjà proposée pour ce besoin.');
    expect(alert).not.toHaveTextContent('already proposed');
  });

  it('says when to try again after too many requests, in French', async () => {
    renderWithProviders(<ProposeMatch needId={NEED} solutionId={SOLUTION} subject="Solution X" />, {
      language: 'fr',
      mocks: [
        refusal('Too many requests; try again in 40 seconds.', {
          code: 'TOO_MANY_REQUESTS',
          retryAfterSeconds: 40,
        }),
      ],
    });
    const alert = await propose();
    expect(alert).toHaveTextContent('Trop de demandes. Réessayez dans 40 secondes.');
  });
});
