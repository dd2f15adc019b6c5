import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyLocaleDocument } from '@/generated/lazy';
import type { Locale } from '@/generated/lazy';

const LOCALES: readonly Locale[] = ['fr', 'en'];

/** Queries whose text the server writes in the request's language (Notification.text). */
export const LANGUAGE_DEPENDENT_QUERIES: ReadonlySet<string> = new Set([
  'Notifications',
  'RecentActivity',
]);

/**
 * Keeps notifications in the language the user reads (mounted with the
 * header's bell, so that it stays out of the first page's JavaScript). A query's text follows
 * Accept-Language, but what the server writes on its own (live notifications
 * over the WebSocket) follows the profile's `locale`: when the two differ
 * (the user switched language, or signed in on a device set to the other
 * one), the profile is updated, once per language. When the language changes,
 * the notifications shown are asked for again, to come in it.
 */
export function useNotificationLanguage(profileLocale: Locale): void {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  const [update] = useMutation(UpdateMyLocaleDocument);
  const language = i18n.language;

  const asked = useRef<string | null>(null);
  useEffect(() => {
    const locale = LOCALES.find((l) => l === language);
    if (!locale || profileLocale === locale || asked.current === locale) return;
    asked.current = locale;
    update({ variables: { locale } }).catch(() => {
      // Not worth troubling the user: only live notifications stay in the other language.
      asked.current = null;
    });
  }, [language, profileLocale, update]);

  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    void client
      .refetchQueries({
        include: 'active',
        onQueryUpdated: (query) => LANGUAGE_DEPENDENT_QUERIES.has(query.queryName ?? ''),
      })
      .catch(() => undefined); // Each list says its own failure.
  }, [language, client]);
}
