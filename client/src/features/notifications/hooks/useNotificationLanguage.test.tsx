import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { I18nextProvider } from 'react-i18next';
import { ViewerDocument } from '@/generated/graphql';
import { NotificationsDocument, UpdateMyLocaleDocument } from '@/generated/lazy';
import { createCache } from '@/lib/apollo';
import { createTestI18n } from '@/test/i18n';
import { notification, notificationPage } from '@/test/notifications';
import { viewers } from '@/test/render';
import { useNotificationLanguage } from './useNotificationLanguage';

function NotificationsShell({ locale }: { locale: 'fr' | 'en' }) {
  useNotificationLanguage(locale);
  const { data } = useQuery(NotificationsDocument, {
    variables: { unreadOnly: false, first: 20 },
  });
  return <p>{data?.notifications.edges[0]?.node.text ?? '…'}</p>;
}

/** updateMyProfile(locale), answering with the locale asked for (or refusing); each call noted in `locales`. */
function localeUpdates(locales: unknown[], ok = true) {
  return {
    request: {
      query: UpdateMyLocaleDocument,
      variables: (v: Record<string, unknown>) => {
        locales.push(v.locale);
        return true;
      },
    },
    maxUsageCount: 50,
    result: (v: Record<string, unknown>) =>
      ok
        ? {
            data: {
              updateMyProfile: {
                __typename: 'User' as const,
                id: viewers.provider.id,
                locale: v.locale as 'fr' | 'en',
              },
            },
          }
        : { errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] },
  };
}

/** The real app's wiring: the profile's locale read from the cached viewer, which the mutation updates. */
function ViewerShell() {
  const { data } = useQuery(ViewerDocument, { fetchPolicy: 'cache-only' });
  return data?.me ? <NotificationsShell locale={data.me.locale} /> : null;
}

function renderWithCachedViewer(ok: boolean) {
  const i18n = createTestI18n('fr');
  const locales: unknown[] = [];
  const cache = createCache();
  cache.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', me: viewers.provider } });
  render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={[localeUpdates(locales, ok)] as never} cache={cache}>
        <ViewerShell />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { i18n, locales };
}

describe('useNotificationLanguage', () => {
  it('sets the profile to the UI’s language once, and asks for the notifications again when it changes', async () => {
    const i18n = createTestI18n('fr');
    const locales: unknown[] = [];
    const mocks = [
      localeUpdates(locales),
      {
        request: { query: NotificationsDocument, variables: { unreadOnly: false, first: 20 } },
        result: notificationPage([notification('x1', 'Nouvelle mise en relation proposée')]),
      },
      {
        request: { query: NotificationsDocument, variables: { unreadOnly: false, first: 20 } },
        result: notificationPage([notification('x1', 'New match proposed')]),
      },
    ];
    // The provider's profile says English; this device shows French.
    render(
      <I18nextProvider i18n={i18n}>
        <MockedProvider mocks={mocks} cache={createCache()}>
          <NotificationsShell locale={viewers.provider.locale} />
        </MockedProvider>
      </I18nextProvider>,
    );
    await screen.findByText('Nouvelle mise en relation proposée');
    await waitFor(() => expect(locales).toEqual(['fr']));

    await act(() => i18n.changeLanguage('en'));
    await screen.findByText('New match proposed');
    // The profile given still says 'en': nothing more to tell the server.
    expect(locales).toEqual(['fr']);
  });

  it('follows fr -> en -> fr with the cached viewer, one update each', async () => {
    const { i18n, locales } = renderWithCachedViewer(true);
    await waitFor(() => expect(locales).toEqual(['fr']));
    await new Promise((r) => setTimeout(r, 100));
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() => expect(locales).toEqual(['fr', 'en']));
    await act(() => i18n.changeLanguage('fr'));
    await waitFor(() => expect(locales).toEqual(['fr', 'en', 'fr']));
    await new Promise((r) => setTimeout(r, 200));
    expect(locales).toEqual(['fr', 'en', 'fr']);
  });

  it('a refusal is not retried in a loop', async () => {
    const { locales } = renderWithCachedViewer(false);
    await waitFor(() => expect(locales.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 400));
    expect(locales).toEqual(['fr']);
  });
});
