import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { NotificationsDocument, UpdateMyLocaleDocument } from '@/generated/lazy';
import { createCache } from '@/lib/apollo';
import { createTestI18n } from '@/test/i18n';
import { notification, notificationPage } from '@/test/notifications';
import { viewers } from '@/test/render';
import { useNotificationLanguage } from './useNotificationLanguage';

function Shell({ locale }: { locale: 'fr' | 'en' }) {
  useNotificationLanguage(locale);
  const { data } = useQuery(NotificationsDocument, {
    variables: { unreadOnly: false, first: 20 },
  });
  return <p>{data?.notifications.edges[0]?.node.text ?? '…'}</p>;
}

describe('useNotificationLanguage', () => {
  it('sets the profile to the UI’s language once, and asks for the notifications again when it changes', async () => {
    const i18n = createTestI18n('fr');
    const locales: unknown[] = [];
    const mocks = [
      {
        request: {
          query: UpdateMyLocaleDocument,
          variables: (v: Record<string, unknown>) => {
            locales.push(v.locale);
            return true;
          },
        },
        maxUsageCount: 5,
        result: {
          data: {
            updateMyProfile: { __typename: 'User' as const, id: viewers.provider.id, locale: 'fr' },
          },
        },
      },
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
          <Shell locale={viewers.provider.locale} />
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
});
