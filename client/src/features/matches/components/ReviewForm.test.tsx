import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ReviewMatchDocument, type ReviewFieldsFragment } from '@/generated/lazy';
import { renderWithProviders } from '@/test/render';
import { ReviewForm } from './ReviewForm';

const MATCH = '6f1c3a52-8d3e-4f59-9d55-0c2b6f1e9a10';

const review = (over: Partial<ReviewFieldsFragment> = {}): ReviewFieldsFragment => ({
  __typename: 'Review',
  id: 'r1',
  relevance: 4,
  feasibility: 3,
  sustainability: 5,
  principlesAlignment: 2,
  recommendation: 'ACCEPT',
  comment: 'Solid fit.',
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  reviewer: { __typename: 'User', id: 'u-staff', displayName: 'Marc Ministère' },
  ...over,
});

describe('the review form', () => {
  it(
    'asks for every score and a recommendation, then shows the server’s message at its field',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const onSaved = vi.fn();
      const sent: unknown[] = [];
      renderWithProviders(<ReviewForm matchId={MATCH} onSaved={onSaved} />, {
        mocks: [
          {
            request: {
              query: ReviewMatchDocument,
              variables: (v) => {
                sent.push(v);
                return true;
              },
            },
            result: {
              errors: [
                new GraphQLError('comment must be at most 5000 characters', {
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: { 'input.comment': ['comment must be at most 5000 characters'] },
                  },
                }),
              ],
            },
          },
        ],
      });

      await user.click(screen.getByRole('button', { name: 'Send my review' }));
      const relevance = screen.getByRole('radiogroup', { name: /Relevance/ });
      expect(relevance).toHaveAccessibleDescription(/Choose one\./);
      expect(screen.getAllByText('Choose one.')).toHaveLength(5);
      await waitFor(() =>
        expect(screen.getByRole('radio', { name: 'Relevance: 1 of 5' })).toHaveFocus(),
      );
      expect(sent).toHaveLength(0);

      await user.click(screen.getByRole('radio', { name: 'Relevance: 4 of 5' }));
      expect(relevance).not.toHaveAccessibleDescription(/Choose one\./);
      await user.click(screen.getByRole('radio', { name: 'Feasibility: 3 of 5' }));
      await user.click(screen.getByRole('radio', { name: 'Sustainability: 5 of 5' }));
      await user.click(screen.getByRole('radio', { name: 'Principles: 2 of 5' }));
      await user.click(screen.getByRole('radio', { name: 'Accept' }));
      await user.click(screen.getByRole('textbox', { name: /Comment/ }));
      await user.paste('  Far too long, says the server.  ');
      await user.click(screen.getByRole('button', { name: 'Send my review' }));

      const comment = screen.getByRole('textbox', { name: /Comment/ });
      await waitFor(() => expect(comment).toHaveAttribute('aria-invalid', 'true'));
      expect(screen.getByText('At most 5000 characters.')).toBeVisible();
      await waitFor(() => expect(comment).toHaveFocus());
      expect(sent).toEqual([
        {
          input: {
            matchId: MATCH,
            relevance: 4,
            feasibility: 3,
            sustainability: 5,
            principlesAlignment: 2,
            recommendation: 'ACCEPT',
            comment: 'Far too long, says the server.',
          },
        },
      ]);
      expect(onSaved).not.toHaveBeenCalled();
    },
  );

  it(
    'starts from the reviewer’s own review, in French, and replaces it',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const onSaved = vi.fn();
      renderWithProviders(<ReviewForm matchId={MATCH} mine={review()} onSaved={onSaved} />, {
        language: 'fr',
        mocks: [
          {
            request: {
              query: ReviewMatchDocument,
              variables: {
                input: {
                  matchId: MATCH,
                  relevance: 4,
                  feasibility: 3,
                  sustainability: 5,
                  principlesAlignment: 2,
                  recommendation: 'REJECT',
                  comment: 'Solid fit.',
                },
              },
            },
            result: { data: { reviewMatch: review({ recommendation: 'REJECT' }) } },
          },
        ],
      });
      expect(screen.getByText('Un nouvel envoi remplace votre évaluation.')).toBeVisible();
      expect(screen.getByRole('radio', { name: 'Pertinence : 4 sur 5' })).toBeChecked();
      expect(screen.getByRole('radio', { name: 'Accepter' })).toBeChecked();
      await user.click(screen.getByRole('radio', { name: 'Refuser' }));
      await user.click(screen.getByRole('button', { name: 'Remplacer mon évaluation' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    },
  );
});
