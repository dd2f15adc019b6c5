import { Suspense, lazy, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageLoader } from '@/components/PageLoader';
import { RequireAuth, RequirePermission } from './guards';
import { AppLayout } from './layout/AppLayout';
import { RouteErrorBoundary } from './RouteError';

/**
 * A page that is its own chunk, fetched when first shown. The routes are
 * declared as elements (react-router's declarative mode): the app loads no
 * data through the router, and the data router's code was an eighth of the
 * first load.
 */
const page = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) =>
  lazy(async () => ({ default: pick(await load()) }));

const SignInPage = page(
  () => import('@/features/auth/pages/sign-in/SignInPage'),
  (m) => m.SignInPage,
);
const DashboardPage = page(
  () => import('@/features/dashboard/pages/dashboard/DashboardPage'),
  (m) => m.DashboardPage,
);
const NeedsListPage = page(
  () => import('@/features/needs/pages/needs-list/NeedsListPage'),
  (m) => m.NeedsListPage,
);
const NeedCreatePage = page(
  () => import('@/features/needs/pages/need-create/NeedCreatePage'),
  (m) => m.NeedCreatePage,
);
const NeedPage = page(
  () => import('@/features/needs/pages/need-detail/NeedPage'),
  (m) => m.NeedPage,
);
const NeedEditPage = page(
  () => import('@/features/needs/pages/need-edit/NeedEditPage'),
  (m) => m.NeedEditPage,
);
const SolutionsListPage = page(
  () => import('@/features/solutions/pages/solutions-list/SolutionsListPage'),
  (m) => m.SolutionsListPage,
);
const SolutionCreatePage = page(
  () => import('@/features/solutions/pages/solution-create/SolutionCreatePage'),
  (m) => m.SolutionCreatePage,
);
const SolutionPage = page(
  () => import('@/features/solutions/pages/solution-detail/SolutionPage'),
  (m) => m.SolutionPage,
);
const SolutionEditPage = page(
  () => import('@/features/solutions/pages/solution-edit/SolutionEditPage'),
  (m) => m.SolutionEditPage,
);
const MatchesListPage = page(
  () => import('@/features/matches/pages/matches-list/MatchesListPage'),
  (m) => m.MatchesListPage,
);
const MatchPage = page(
  () => import('@/features/matches/pages/match-detail/MatchPage'),
  (m) => m.MatchPage,
);
const NotificationsPage = page(
  () => import('@/features/notifications/pages/notifications/NotificationsPage'),
  (m) => m.NotificationsPage,
);
const UsersPage = page(
  () => import('@/features/admin/pages/users/UsersPage'),
  (m) => m.UsersPage,
);
const MinistriesPage = page(
  () => import('@/features/admin/pages/ministries/MinistriesPage'),
  (m) => m.MinistriesPage,
);
const OrganizationsPage = page(
  () => import('@/features/admin/pages/organizations/OrganizationsPage'),
  (m) => m.OrganizationsPage,
);

/** Every page of the app. Signed-in pages are shown in the layout, which has its own loader. */
export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route path="sign-in" element={<SignInPage />} />
          <Route element={<RequireAuth />}>
            <Route element={<AppLayout />}>
              <Route index element={<DashboardPage />} />
              <Route path="needs">
                <Route index element={<NeedsListPage />} />
                <Route path="new" element={<NeedCreatePage />} />
                <Route path=":needId" element={<NeedPage />} />
                <Route path=":needId/edit" element={<NeedEditPage />} />
              </Route>
              <Route path="solutions">
                <Route index element={<SolutionsListPage />} />
                <Route path="new" element={<SolutionCreatePage />} />
                <Route path=":solutionId" element={<SolutionPage />} />
                <Route path=":solutionId/edit" element={<SolutionEditPage />} />
              </Route>
              <Route path="matches">
                <Route index element={<MatchesListPage />} />
                <Route path=":matchId" element={<MatchPage />} />
              </Route>
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="admin" element={<RequirePermission permission="user:create" />}>
                <Route index element={<Navigate to="users" replace />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="ministries" element={<MinistriesPage />} />
                <Route path="organizations" element={<OrganizationsPage />} />
              </Route>
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}

/**
 * The browser's address drives the pages. Without transitions, a page whose
 * code is still on its way shows the loader at once, not the previous page.
 */
export function AppRouter() {
  return (
    <BrowserRouter useTransitions={false}>
      <AppRoutes />
    </BrowserRouter>
  );
}
