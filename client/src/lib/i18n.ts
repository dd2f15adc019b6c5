import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import fr from '@/locales/fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = 'd4d.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The remembered choice, else the browser's first French or English preference, else French. */
export function preferredLanguage(
  stored: string | null = safeStorage()?.getItem(KEY) ?? null,
  browser: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'fr';
}

function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/** i18next with both languages bundled (a few KB each): no extra round trip on a slow link. */
export function initI18n(language: Language = preferredLanguage()) {
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const apply = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  apply(language);
  i18n.on('languageChanged', (lng) => {
    apply(lng);
    if (isLanguage(lng)) safeStorage()?.setItem(KEY, lng);
  });
  return i18n;
}

export { i18n };
