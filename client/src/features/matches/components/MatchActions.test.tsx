import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MatchDetailFragment } from '@/generated/lazy';
import { renderWithProviders, viewers } from '@/test/render';
import { MatchActions } from './MatchActions';

const match = {
  id: 'm1',
  status: 'PROPOSED',
  proposedBy: { __typename: 'User', id: viewers.provider.id, displayName: 'Paula Provider' },
} as unknown as MatchDetailFragment;

describe('the match’s actions', () => {
  it('moves focus to the confirmation of a withdrawal, and back to "withdraw" when cancelled', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MatchActions match={match} onChanged={() => {}} />, {
      viewer: viewers.provider,
      language: 'fr',
    });
    await user.click(screen.getByRole('button', { name: 'Retirer' }));
    expect(screen.getByRole('button', { name: 'Retirer cette proposition' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('button', { name: 'Retirer' })).toHaveFocus();
  });
});
