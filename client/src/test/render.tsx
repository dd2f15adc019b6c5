import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { cssVariablesResolver, theme } from '@/app/theme';
import type { ViewerFieldsFragment } from '@/generated/graphql';
import { ViewerContext } from '@/lib/auth/viewer';
import { createCache } from '@/lib/apollo';
import { createTestI18n } from './i18n';

export const viewers = {
  staff: {
    __typename: 'User',
    id: 'u-staff',
    displayName: 'Marc Ministère',
    email: 'staff@example.lu',
    role: 'MINISTRY_STAFF',
    locale: 'fr',
    ministry: {
      __typename: 'Ministry',
      id: 'm-maee',
      acronym: 'MAEE',
      name: 'Affaires étrangères',
    },
    organization: null,
  },
  provider: {
    __typename: 'User',
    id: 'u-provider',
    displayName: 'Paula Provider',
    email: 'provider@example.lu',
    role: 'SOLUTION_PROVIDER',
    locale: 'en',
    ministry: null,
    organization: { __typename: 'Organization', id: 'o-list', name: 'LIST' },
  },
} satisfies Record<string, ViewerFieldsFragment>;

interface Options {
  route?: string;
  path?: string;
  viewer?: ViewerFieldsFragment | null;
  mocks?: MockLink.MockedResponse[];
  language?: 'fr' | 'en';
  /** Other routes, to see where the page navigates. */
  routes?: ReactNode;
}

/** A page or component with the app's providers: Mantine, i18n, Apollo mocks, router, viewer. */
export function renderWithProviders(ui: ReactNode, options: Options = {}) {
  const i18n = createTestI18n(options.language ?? 'en');
  const viewer = options.viewer === undefined ? viewers.staff : options.viewer;
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []} cache={createCache()}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <MemoryRouter initialEntries={[options.route ?? '/']}>
            <ViewerContext value={viewer}>
              <Routes>
                <Route path={options.path ?? '*'} element={ui} />
                {options.routes}
              </Routes>
            </ViewerContext>
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}
