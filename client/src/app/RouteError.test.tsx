import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, lazy } from 'react';
import { Link, Outlet, Route, useLocation } from 'react-router';
import { renderWithProviders } from '@/test/render';
import { RouteErrorBoundary } from './RouteError';

/** A page whose code cannot be fetched (the connection dropped). */
const Unreachable = lazy(() => Promise.reject(new TypeError('Failed to fetch')));

function Layout() {
  const { pathname } = useLocation();
  return (
    <>
      <nav>
        <Link to="/elsewhere">elsewhere</Link>
      </nav>
      <RouteErrorBoundary resetKey={pathname}>
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </RouteErrorBoundary>
    </>
  );
}

describe('a page whose code could not be loaded', () => {
  it('says so with a way to reload, keeps the navigation, and the next page opens', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(<h1>Home</h1>, {
      route: '/unreachable',
      path: '/',
      routes: (
        <Route element={<Layout />}>
          <Route path="/unreachable" element={<Unreachable />} />
          <Route path="/elsewhere" element={<h1>Elsewhere</h1>} />
        </Route>
      ),
    });
    expect(
      await screen.findByRole('heading', { name: 'This page could not be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    expect(await screen.findByRole('heading', { name: 'Elsewhere' })).toBeInTheDocument();
    expect(screen.queryByText('This page could not be opened')).not.toBeInTheDocument();
  });
});
