import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { PagedList } from '@/hooks/usePagedConnection';
import { renderWithProviders } from '@/test/render';
import { ListPage } from './ListPage';

const busy = new CombinedGraphQLErrors({
  errors: [{ message: 'busy', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
});

const list = (over: Partial<PagedList<{ id: string; title: string }>>) => ({
  items: [],
  total: 0,
  hasMore: false,
  loading: false,
  loadingMore: false,
  refetch: vi.fn(() => Promise.resolve()),
  loadMore: vi.fn(() => Promise.resolve()),
  ...over,
});

function renderList(paged: PagedList<{ id: string; title: string }>) {
  return renderWithProviders(
    <ListPage
      documentTitle="Needs"
      title="Besoins"
      description="…"
      filters={null}
      resultsLabel="Besoins trouvés"
      empty="Aucun besoin"
      list={paged}
      renderItem={(n) => <p>{n.title}</p>}
    />,
    { language: 'fr' },
  );
}

describe('a paged list', () => {
  it('says its list failed, in French, with a retry, and no count of results', async () => {
    const paged = list({ error: busy });
    renderList(paged);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Le chargement a échoué');
    expect(alert).toHaveTextContent('Le service est surchargé.');
    expect(screen.queryByText('Aucun besoin')).not.toBeInTheDocument();
    expect(screen.queryByText(/affichés/)).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(paged.refetch).toHaveBeenCalled();
  });

  it('says a failed "load more" under the results loaded, with a retry', async () => {
    const paged = list({
      items: [{ id: 'n1', title: 'Stations hydrométriques' }],
      total: 40,
      hasMore: true,
      loadMoreError: busy,
    });
    renderList(paged);
    expect(screen.getByText('Stations hydrométriques')).toBeVisible();
    expect(screen.getByText('1 sur 40 affichés')).toBeVisible();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('La suite de la liste n’a pas pu être chargée.');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(paged.loadMore).toHaveBeenCalled();
  });
});
