import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ProposeMatch } from './ProposeMatch';
import { ProposeMatchDocument } from '@/generated/lazy';
import { renderWithProviders } from '@/test/render';

const NEED = '0b7d2a3e-1c4f-4a9b-8e2d-5f6a7b8c9d01';
const SOLUTION = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

// The page was stale: the solution archived, or the need closed, since it was loaded.
describe('ProposeMatch refused for a field that is not on the form', () => {
  it.each([
    [
      'Only a published solution can be proposed; this one is ARCHIVED.',
      'solutionId',
      'Cette solution n’est plus publiée : elle ne peut pas être proposée.',
    ],
    [
      'Solutions are proposed for OPEN or MATCHED needs; this one is CLOSED.',
      'needId',
      'Ce besoin ne reçoit plus de propositions (il est clos ou pas encore ouvert).',
    ],
  ])(
    'says why (%s), in French, not a bare "check this value" with no value to check',
    async (message, field, why) => {
      const user = userEvent.setup();
      renderWithProviders(
        <ProposeMatch needId={NEED} solutionId={SOLUTION} subject="Solution X" />,
        {
          language: 'fr',
          mocks: [
            {
              request: { query: ProposeMatchDocument, variables: () => true },
              result: {
                errors: [
                  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } }),
                ],
              },
            },
          ],
        },
      );
      await user.click(
        screen.getByRole('button', { name: 'Proposer cette mise en relation : Solution X' }),
      );
      await user.click(screen.getByRole('button', { name: 'Envoyer la proposition' }));
      const alert = await screen.findByRole('alert');
      // The form has no field but the rationale: "Vérifiez cette valeur." points at nothing.
      expect(alert).not.toHaveTextContent('Vérifiez cette valeur.');
      expect(alert).toHaveTextContent(why);
    },
  );
});
