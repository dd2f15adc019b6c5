import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The server writes the reasons of a suggestion in the language of the
 * request: when the user switches language, ask again (not on the first render).
 */
export function useRefetchOnLanguage(refetch: () => unknown): void {
  const { i18n } = useTranslation();
  const shown = useRef(i18n.language);
  useEffect(() => {
    if (shown.current === i18n.language) return;
    shown.current = i18n.language;
    void refetch();
  }, [i18n.language, refetch]);
}
