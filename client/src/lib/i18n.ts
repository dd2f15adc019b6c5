import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = 'd4d.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

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

/** Each language is its own chunk: a first visit downloads only the one it shows. */
const bundles: Record<Language, () => Promise<{ default: Resource[string][string] }>> = {
  fr: () => import('@/locales/fr.json'),
  en: () => import('@/locales/en.json'),
};

async function ensureLoaded(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const { default: bundle } = await bundles[language]();
  i18n.addResourceBundle(language, 'translation', bundle);
}

function applyToDocument(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * i18next with the user's language loaded before the first render. Every
 * key exists in both files (locales.test.ts), so there is no fallback language.
 */
export async function initI18n(language: Language = preferredLanguage()) {
  const { default: bundle } = await bundles[language]();
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: bundle } },
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(language);
  i18n.on('languageChanged', (lng) => {
    applyToDocument(lng);
    if (isLanguage(lng)) safeStorage()?.setItem(KEY, lng);
  });
  return i18n;
}

/** Switches language, fetching its strings the first time. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
}

export { i18n };
