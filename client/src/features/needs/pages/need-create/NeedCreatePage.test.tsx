import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CreateNeedDocument, MinistriesDocument, ReferenceDataDocument } from '@/generated/graphql';
import { renderWithProviders, viewers } from '@/test/render';
import { NeedCreatePage } from './NeedCreatePage';

const reference = {
  request: { query: ReferenceDataDocument },
  result: {
    data: {
      countries: [
        {
          __typename: 'Country' as const,
          code: 'SN',
          name: 'Senegal',
          nameFr: 'Sénégal',
          region: 'Western Africa',
        },
      ],
      domains: [
        {
          __typename: 'Domain' as const,
          code: 'AGRICULTURE',
          label: 'Agriculture',
          labelFr: 'Agriculture',
        },
        { __typename: 'Domain' as const, code: 'HEALTH', label: 'Health', labelFr: 'Santé' },
      ],
      principles: [],
    },
  },
};
const ministries = { request: { query: MinistriesDocument }, result: { data: { ministries: [] } } };

describe('logging a need', () => {
  it(
    'checks required fields before sending, then shows the server’s messages at their fields',
    { timeout: 15_000 },
    async () => {
      const user = userEvent.setup();
      renderWithProviders(<NeedCreatePage />, {
        viewer: viewers.staff,
        language: 'fr',
        mocks: [
          reference,
          ministries,
          {
            request: { query: CreateNeedDocument, variables: () => true },
            result: {
              errors: [
                new GraphQLError('each tag must be 1 to 40 characters', {
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    field: 'tags',
                    fields: { tags: ['each tag must be 1 to 40 characters'] },
                  },
                }),
              ],
            },
          },
        ],
      });
      await screen.findByRole('option', { name: 'Sénégal' });

      await user.click(screen.getByRole('button', { name: 'Enregistrer ce besoin' }));
      const title = screen.getByRole('textbox', { name: /Titre/ });
      expect(title).toHaveAttribute('aria-invalid', 'true');
      await waitFor(() => expect(title).toHaveFocus());

      await user.click(title);
      await user.paste('Stations hydrométriques');
      expect(title).not.toHaveAttribute('aria-invalid', 'true');
      await user.click(screen.getByRole('textbox', { name: /Description/ }));
      await user.paste('Peu de mesures.');
      await user.selectOptions(screen.getByRole('combobox', { name: /Pays partenaire/ }), 'SN');
      await user.click(screen.getByRole('checkbox', { name: 'Agriculture' }));
      await user.click(screen.getByRole('textbox', { name: /Mots-clés/ }));
      await user.paste('un mot-clé beaucoup trop long pour le serveur');
      await user.click(screen.getByRole('button', { name: 'Enregistrer ce besoin' }));

      const tags = screen.getByRole('textbox', { name: /Mots-clés/ });
      await waitFor(() => expect(tags).toHaveAttribute('aria-invalid', 'true'));
      expect(
        screen.getByText('Chaque mot-clé doit compter de 1 à 40 caractères.'),
      ).toBeInTheDocument();
      await waitFor(() => expect(tags).toHaveFocus());
    },
  );

  it('with no domain chosen, marks the domain checkboxes invalid, says why and focuses the first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NeedCreatePage />, {
      viewer: viewers.staff,
      language: 'fr',
      mocks: [
        reference,
        ministries,
        { request: { query: CreateNeedDocument, variables: () => true }, result: { data: null } },
      ],
    });
    await screen.findByRole('option', { name: 'Sénégal' });
    await user.click(screen.getByRole('textbox', { name: /Titre/ }));
    await user.paste('Stations hydrométriques');
    await user.click(screen.getByRole('textbox', { name: /Description/ }));
    await user.paste('Peu de mesures.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Pays partenaire/ }), 'SN');
    await user.click(screen.getByRole('button', { name: 'Enregistrer ce besoin' }));
    await screen.findByText('Choisissez-en au moins 1.');
    const first = screen.getByRole('checkbox', { name: 'Agriculture' });
    const second = screen.getByRole('checkbox', { name: 'Santé' });
    for (const box of [first, second]) {
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(box).toHaveAccessibleDescription('Choisissez-en au moins 1.');
    }
    await waitFor(() => expect(first).toHaveFocus());
    // Choosing one clears the error from the whole group.
    await user.click(first);
    expect(second).not.toHaveAttribute('aria-invalid');
  });

  it('is not offered to a solution provider', () => {
    renderWithProviders(<NeedCreatePage />, { viewer: viewers.provider });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });
});
