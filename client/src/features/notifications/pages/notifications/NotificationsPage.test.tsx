import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { NotificationsDocument } from '@/generated/lazy';
import { notification, notificationPage } from '@/test/notifications';
import { renderWithProviders } from '@/test/render';
import { NotificationsPage } from './NotificationsPage';

describe('the notifications page', () => {
  it('says a failed "show more" under the notifications, and loads them on retry', async () => {
    const user = userEvent.setup();
    const first = { unreadOnly: false, first: 20 };
    const next = { ...first, after: 'c1' };
    renderWithProviders(<NotificationsPage />, {
      language: 'fr',
      mocks: [
        {
          request: { query: NotificationsDocument, variables: first },
          result: notificationPage([notification('x1', 'Première')], {
            totalCount: 2,
            hasNextPage: true,
          }),
        },
        {
          request: { query: NotificationsDocument, variables: next },
          result: {
            errors: [new GraphQLError('busy', { extensions: { code: 'SERVICE_UNAVAILABLE' } })],
          },
        },
        {
          request: { query: NotificationsDocument, variables: next },
          result: notificationPage([notification('x2', 'Seconde')], {
            totalCount: 2,
            endCursor: 'c2',
          }),
        },
      ],
    });
    await screen.findByText('Première');
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La suite de la liste n’a pas pu être chargée.');
    expect(alert).toHaveTextContent('Le service est surchargé.');
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Seconde')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
