import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { I18nextProvider } from 'react-i18next';
import { UpdateMyLocaleDocument } from '@/generated/lazy';
import { ViewerDocument } from '@/generated/graphql';
import { createCache } from '@/lib/apollo';
import { createTestI18n } from '@/test/i18n';
import { viewers } from '@/test/render';
// eslint-disable-next-line no-restricted-imports -- a review test of the feature's hook
import { useNotificationLanguage } from '@/features/notifications/hooks/useNotificationLanguage';

function Shell() {
  const { data } = useQuery(ViewerDocument, { fetchPolicy: 'cache-only' });
  return data?.me ? <Inner locale={data.me.locale} /> : null;
}
function Inner({ locale }: { locale: 'fr' | 'en' }) {
  useNotificationLanguage(locale);
  return <p>{locale}</p>;
}

function setup(ok: boolean) {
  const i18n = createTestI18n('fr');
  const locales: unknown[] = [];
  const cache = createCache();
  cache.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', me: viewers.provider } });
  const mocks = [
    {
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
                  locale: v.locale,
                },
              },
            }
          : { errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] },
    },
  ];
  render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks as never} cache={cache}>
        <Shell />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { i18n, locales };
}

describe('useNotificationLanguage, with the viewer from the cache', () => {
  it('follows fr -> en -> fr, once each', async () => {
    const { i18n, locales } = setup(true);
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
    const { locales } = setup(false);
    await waitFor(() => expect(locales.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 400));
    expect(locales).toEqual(['fr']);
  });
});
