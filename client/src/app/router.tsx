import type { ComponentType } from 'react';
import { Navigate, Outlet, createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageLoader } from '@/components/PageLoader';
import { RequireAuth, RequirePermission } from './guards';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './RouteError';

/** A route whose page is its own chunk, fetched when first visited. */
const page =
  <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) =>
  async () => ({ Component: pick(await load()) });

export const routes: RouteObject[] = [
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        path: 'sign-in',
        lazy: page(
          () => import('@/features/auth/pages/sign-in/SignInPage'),
          (m) => m.SignInPage,
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                index: true,
                lazy: page(
                  () => import('@/features/dashboard/pages/dashboard/DashboardPage'),
                  (m) => m.DashboardPage,
                ),
              },
              {
                path: 'needs',
                children: [
                  {
                    index: true,
                    lazy: page(
                      () => import('@/features/needs/pages/needs-list/NeedsListPage'),
                      (m) => m.NeedsListPage,
                    ),
                  },
                  {
                    path: 'new',
                    lazy: page(
                      () => import('@/features/needs/pages/need-create/NeedCreatePage'),
                      (m) => m.NeedCreatePage,
                    ),
                  },
                  {
                    path: ':needId',
                    lazy: page(
                      () => import('@/features/needs/pages/need-detail/NeedPage'),
                      (m) => m.NeedPage,
                    ),
                  },
                  {
                    path: ':needId/edit',
                    lazy: page(
                      () => import('@/features/needs/pages/need-edit/NeedEditPage'),
                      (m) => m.NeedEditPage,
                    ),
                  },
                ],
              },
              {
                path: 'solutions',
                children: [
                  {
                    index: true,
                    lazy: page(
                      () => import('@/features/solutions/pages/solutions-list/SolutionsListPage'),
                      (m) => m.SolutionsListPage,
                    ),
                  },
                  {
                    path: 'new',
                    lazy: page(
                      () => import('@/features/solutions/pages/solution-create/SolutionCreatePage'),
                      (m) => m.SolutionCreatePage,
                    ),
                  },
                  {
                    path: ':solutionId',
                    lazy: page(
                      () => import('@/features/solutions/pages/solution-detail/SolutionPage'),
                      (m) => m.SolutionPage,
                    ),
                  },
                  {
                    path: ':solutionId/edit',
                    lazy: page(
                      () => import('@/features/solutions/pages/solution-edit/SolutionEditPage'),
                      (m) => m.SolutionEditPage,
                    ),
                  },
                ],
              },
              {
                path: 'matches',
                children: [
                  {
                    index: true,
                    lazy: page(
                      () => import('@/features/matches/pages/matches-list/MatchesListPage'),
                      (m) => m.MatchesListPage,
                    ),
                  },
                  {
                    path: ':matchId',
                    lazy: page(
                      () => import('@/features/matches/pages/match-detail/MatchPage'),
                      (m) => m.MatchPage,
                    ),
                  },
                ],
              },
              {
                path: 'notifications',
                lazy: page(
                  () => import('@/features/notifications/pages/notifications/NotificationsPage'),
                  (m) => m.NotificationsPage,
                ),
              },
              {
                path: 'admin',
                element: <RequirePermission permission="user:create" />,
                children: [
                  { index: true, element: <Navigate to="users" replace /> },
                  {
                    path: 'users',
                    lazy: page(
                      () => import('@/features/admin/pages/users/UsersPage'),
                      (m) => m.UsersPage,
                    ),
                  },
                  {
                    path: 'ministries',
                    lazy: page(
                      () => import('@/features/admin/pages/ministries/MinistriesPage'),
                      (m) => m.MinistriesPage,
                    ),
                  },
                  {
                    path: 'organizations',
                    lazy: page(
                      () => import('@/features/admin/pages/organizations/OrganizationsPage'),
                      (m) => m.OrganizationsPage,
                    ),
                  },
                ],
              },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
