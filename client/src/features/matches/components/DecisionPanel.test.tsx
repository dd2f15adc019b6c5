import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { DecideMatchDocument } from '@/generated/lazy';
import { renderWithProviders } from '@/test/render';
import { DecisionPanel } from './DecisionPanel';

const MATCH = '6f1c3a52-8d3e-4f59-9d55-0c2b6f1e9a10';

describe('the decision panel', () => {
  it('says in French that someone else decided first, naming the status in French', async () => {
    const user = userEvent.setup();
    const onDecided = vi.fn();
    renderWithProviders(<DecisionPanel matchId={MATCH} reviews={1} onDecided={onDecided} />, {
      language: 'fr',
      mocks: [
        {
          request: { query: DecideMatchDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('This match has already been decided: it is ACCEPTED.', {
                extensions: { code: 'CONFLICT', currentStatus: 'ACCEPTED' },
              }),
            ],
          },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Refuser la mise en relation' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cette mise en relation a déjà été décidée : Acceptée.');
    expect(alert).not.toHaveTextContent('already been decided');
    expect(onDecided).toHaveBeenCalled();
  });
});
